using Caravan.Core.Network;
using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Simulation;

/// <summary>Deterministic crossings whose every lead time can be worked out by hand.</summary>
public sealed class CrossingTests
{
    private static Moments LeadDays(Mode mode, double departuresPerWeek, double capacityTonnesPerDay)
    {
        var model = SimulationModel.Compile(QueueNetworks.Crossing(mode, departuresPerWeek, capacityTonnesPerDay), new SimulationOptions
        {
            Replications = 1,
            HorizonDays = 10,
            WarmupDays = 0,
            LotTonnes = 1,
            Arrivals = ArrivalProcess.Fixed,
        });
        return MonteCarlo.Run(model).Tally.Ods.Single().LeadDays;
    }

    [Fact]
    public void ScheduledSailingEvery24Hours_LotsEvery10Hours_LeadTimesAsHandComputed()
    {
        // A lot released at t reaches the quay at t + 5, sails at the next multiple of 24 h, and is
        // delivered 20 + 2 h later: t = 0 → 46 h, t = 10 → 36 h, t = 20 → 50 h, ... Lots released up
        // to t = 210 are delivered by the 240-h horizon.
        var expected = Enumerable.Range(0, 22).Select(k => 10.0 * k)
            .Select(t => Math.Ceiling((t + 5) / 24) * 24 + 22 - t).ToArray();
        Assert.Equal([46.0, 36, 50], expected[..3]);
        var lead = LeadDays(Mode.Sea, departuresPerWeek: 7, capacityTonnesPerDay: 100);
        Assert.Equal(expected.Length, lead.Count);
        Assert.Equal(expected.Average() / 24, lead.Mean, 12);
        Assert.Equal(expected.Min() / 24, lead.Min, 12);
        Assert.Equal(expected.Max() / 24, lead.Max, 12);
    }

    [Fact]
    public void FerryFullAfterThreeLots_SailsWhenFull_LeadTimes47And37And27Hours()
    {
        // Headway 48 h (3.5 sailings a week) and 1.5 t/day: 3 t a sailing. Lots reach the quay at
        // 5, 15, 25 h: the third fills the ferry, which sails at 25 h and lands its lots at 45 + 2 h.
        // Every 30 h the same: 7 full cycles are delivered by 240 h.
        var lead = LeadDays(Mode.Ferry, departuresPerWeek: 3.5, capacityTonnesPerDay: 1.5);
        Assert.Equal(21, lead.Count);
        Assert.Equal(37.0 / 24, lead.Mean, 12);
        Assert.Equal(27.0 / 24, lead.Min, 12);
        Assert.Equal(47.0 / 24, lead.Max, 12);
    }

    [Fact]
    public void FerryNeverFull_SailsAfterMaximumWait_LeadTimes75To35Hours()
    {
        // 200 t a sailing never fills: the first lot reaches the quay at 5 h, the ferry sails 48 h
        // later at 53 h with the lots released at 0, 10, 20, 30, 40 h, delivered at 75 h. Cycles
        // repeat every 50 h; four are delivered by 240 h.
        var lead = LeadDays(Mode.Ferry, departuresPerWeek: 3.5, capacityTonnesPerDay: 100);
        Assert.Equal(20, lead.Count);
        Assert.Equal(55.0 / 24, lead.Mean, 12);
        Assert.Equal(35.0 / 24, lead.Min, 12);
        Assert.Equal(75.0 / 24, lead.Max, 12);
    }
}
