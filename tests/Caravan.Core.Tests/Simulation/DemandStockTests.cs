using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Simulation;

public sealed class DemandStockTests
{
    private static OdPairResult Run(double transitHours, double safetyDays, double warmupDays) =>
        MonteCarlo.Run(SimulationModel.Compile(new TinyDataset()
            .Node("S", kind: NodeKind.Mine)
            .Node("D", kind: NodeKind.Customer)
            .Link("S", "D", hours: transitHours)
            .Commodity("ore")
            .Supply("S", "ore", 876)
            .Demand("D", "ore", 876, safetyDays)
            .Build(), new SimulationOptions
            {
                Replications = 2,
                HorizonDays = 100,
                WarmupDays = warmupDays,
                LotTonnes = 1,
                Arrivals = ArrivalProcess.Fixed,
            })).Result.OdPairs.Single();

    [Fact]
    public void NothingArrivesInTime_SafetyStockFiveDays_OutFromDayFive()
    {
        // 876 t/yr = 2.4 t/day; 5 days = 12 t lasts 120 h; nothing arrives within the 100-day horizon.
        var noWarmup = Run(transitHours: 10_000, safetyDays: 5, warmupDays: 0);
        Assert.Equal(1, noWarmup.StockoutProbability);
        Assert.Equal(95, noWarmup.StockoutDays, 9);
        Assert.Equal(90, Run(10_000, 5, warmupDays: 10).StockoutDays, 9);
    }

    [Fact]
    public void SupplyMatchesDemand_SafetyStockCoversLeadTime_NeverOut()
    {
        // 0.1 t/h out, 1 t every 10 h in, first after 50 h: the stock falls from 12 t to 7 t and then holds.
        var od = Run(transitHours: 50, safetyDays: 5, warmupDays: 0);
        Assert.Equal(0, od.StockoutProbability);
        Assert.Equal(0, od.StockoutDays);
        Assert.Equal(1.0, od.OnTimeRate);
    }
}
