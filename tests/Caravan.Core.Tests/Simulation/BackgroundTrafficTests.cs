using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Simulation;
using Caravan.Core.Traffic;

namespace Caravan.Core.Tests.Simulation;

/// <summary>
/// The corridors' background freight in the simulator: a port with a capacity is a FIFO server at that
/// capacity shared by the lots and a Poisson stream of background arrivals (the capacity gate).
/// </summary>
public sealed class BackgroundTrafficTests
{
    // Supply → port P (capacity 24 t a day = 1 t an hour) → demand; lots of 0.01 t, one an hour.
    private static Dataset Port() => new TinyDataset()
        .Node("S", kind: NodeKind.Mine)
        .Node("P", kind: NodeKind.Port, edit: n => n with { CapacityTonnesPerDay = 24 })
        .Node("D", kind: NodeKind.Customer)
        .Link("S", "P", hours: 1)
        .Link("P", "D", hours: 1)
        .Commodity("ore")
        .Supply("S", "ore", 87.6)
        .Demand("D", "ore", 87.6)
        .Build();

    private static ResourceResult RunPort(double backgroundPerDay, double days, int replications = 24)
    {
        var dataset = Port();
        var traffic = CorridorTraffic.Empty(dataset.Network.ArcCount, dataset.Network.Nodes.Length);
        traffic.NodeLoad[dataset.Network.NodeIndex("P")] = backgroundPerDay;
        var model = SimulationModel.Compile(dataset, new SimulationOptions
        {
            Replications = replications,
            HorizonDays = days,
            WarmupDays = 20,
            LotTonnes = 0.01,
            Seed = 2026,
        }, traffic: traffic, trafficOptions: new TrafficOptions { VesselCallTonnes = 1 });
        return MonteCarlo.Run(model).Result.Resources.Single(r => r.Id == "P");
    }

    [Fact]
    public void BackgroundCalls_LotsWaitAsInPollaczekKhinchine()
    {
        // Background: 0.7 calls an hour of 1 t, each 1 h of the berth; lots: 1 an hour, 0.01 h each.
        // ρ = 0.71; a Poisson lot waits the mean work in the system (PASTA), the M/G/1 Pollaczek–Khinchine
        // Wq = Σλ E[S²] / (2 (1 − ρ)) = (0.7 × 1 + 1 × 0.0001) / 0.58 = 1.2071 h, and then its own 0.01 h at the berth.
        var port = RunPort(0.7 * 24, 1000);
        var wq = (0.7 * 1 + 1 * 0.01 * 0.01) / (2 * (1 - 0.71)) + 0.01;
        Assert.True(Math.Abs(port.MeanWaitHours - wq) <= 0.03 * wq, $"mean wait {port.MeanWaitHours} h vs theory {wq} h");
        Assert.True(port.MeanWaitHoursHalfWidth95 <= 0.03 * wq);
        // Utilisation counts the background: 0.71 of the capacity.
        Assert.Equal(0.71, port.Utilisation!.Value, 0.01);
    }

    [Fact]
    public void NoBackground_TinyLotsBarelyWait()
    {
        // Only its own 0.01 h at the berth, and the odd other lot's: ρ = 0.01, Wq = 0.0001 / 1.98 h.
        var port = RunPort(0, 200, replications: 4);
        Assert.Equal(0.01 + 0.0001 / 1.98, port.MeanWaitHours, 0.0002);
        Assert.Equal(0.01, port.Utilisation!.Value, 0.001);
    }

    [Fact]
    public void AboveCapacity_TheQueueGrowsWithoutBound()
    {
        // Background at 110 % of the capacity: the work ahead grows 0.1 h an hour, so the mean wait
        // roughly doubles when the horizon doubles instead of settling.
        var shorter = RunPort(1.1 * 24, 120, replications: 4);
        var longer = RunPort(1.1 * 24, 240, replications: 4);
        Assert.True(shorter.MeanWaitHours > 0.05 * 100 * 24 / 2, $"mean wait {shorter.MeanWaitHours} h over 100 days");
        Assert.True(longer.MeanWaitHours > 1.8 * shorter.MeanWaitHours, $"{longer.MeanWaitHours} h vs {shorter.MeanWaitHours} h");
    }
}
