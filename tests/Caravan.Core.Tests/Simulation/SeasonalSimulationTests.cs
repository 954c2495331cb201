using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Network;
using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Simulation;

/// <summary>Seasonal capacities and closures as the simulator runs them, in January (days 0–9).</summary>
public sealed class SeasonalSimulationTests
{
    private static MonthProfile JanuaryOnly(double january, double rest) =>
        MonthProfile.Of([january, rest, rest, rest, rest, rest, rest, rest, rest, rest, rest, rest]);

    // S → P (5 h) → Q (20 h, the crossing) → D (2 h); a 1 t lot every 10 h for ten days.
    private static Moments LeadDays(Mode mode, double? departuresPerWeek, double? capacity, Func<Link, Link> crossing)
    {
        var dataset = new TinyDataset()
            .Node("S", kind: NodeKind.Mine).Node("P", kind: NodeKind.Port).Node("Q", kind: NodeKind.Port).Node("D", kind: NodeKind.Customer)
            .Link("S", "P", hours: 5)
            .Link("P", "Q", mode: mode, hours: 20, departuresPerWeek: departuresPerWeek, capacity: capacity, edit: crossing)
            .Link("Q", "D", hours: 2)
            .Commodity("ore").Supply("S", "ore", 876).Demand("D", "ore", 876)
            .Build();
        var model = SimulationModel.Compile(dataset, new SimulationOptions
        {
            Replications = 1,
            HorizonDays = 10,
            WarmupDays = 0,
            LotTonnes = 1,
            Arrivals = ArrivalProcess.Fixed,
            RerouteThresholdHours = 1e9,
        });
        return MonteCarlo.Run(model).Tally.Ods.Single().LeadDays;
    }

    [Fact]
    public void Ferry_JanuaryAtTwoThirdsCapacity_SailsWithTwoLots()
    {
        // 1.5 t/day over a 48 h headway is 3 t a sailing; in January at 2/3 it is 2 t: the ferry sails
        // as the second lot reaches the quay (15, 35, 55 … h), so leads alternate 37 h and 27 h; eleven
        // sailings land by 240 h.
        var lead = LeadDays(Mode.Ferry, 3.5, 1.5, l => l with { CapacityMonthFactors = JanuaryOnly(2.0 / 3, 1) });
        Assert.Equal(22, lead.Count);
        Assert.Equal(32.0 / 24, lead.Mean, 12);
        Assert.Equal(27.0 / 24, lead.Min, 12);
        Assert.Equal(37.0 / 24, lead.Max, 12);
    }

    [Fact]
    public void Ferry_LowSeasonInAnotherMonth_FullJanuaryLoads()
    {
        // As CrossingTests' full-ferry case: three lots a sailing, leads 47, 37 and 27 h.
        var lead = LeadDays(Mode.Ferry, 3.5, 1.5, l => l with { CapacityMonthFactors = JanuaryOnly(1, 2.0 / 3) });
        Assert.Equal(37.0 / 24, lead.Mean, 12);
    }

    [Fact]
    public void Storms_OnlyInDecember_JanuaryRunsUndisturbed()
    {
        var lead = LeadDays(Mode.Rail, null, null, l => l with
        {
            Disruption = new Disruption(1000, new FixedDistribution(5)) { MonthWeights = MonthProfile.Of([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]) },
        });
        Assert.Equal(27.0 / 24, lead.Min, 12);
        Assert.Equal(27.0 / 24, lead.Max, 12);
    }

    [Fact]
    public void Storms_OnlyInJanuary_DelayLots()
    {
        // A thousand closures a year, all in January: about 85 five-hour closures in these ten days.
        var lead = LeadDays(Mode.Rail, null, null, l => l with
        {
            Disruption = new Disruption(1000, new FixedDistribution(5)) { MonthWeights = JanuaryOnly(1, 0) },
        });
        Assert.Equal(27.0 / 24, lead.Min, 12);
        Assert.True(lead.Max > 28.0 / 24, $"max lead {lead.Max * 24} h");
    }
}
