using Caravan.Core.Distributions;
using Caravan.Core.Network;
using Caravan.Core.Scenarios;
using Caravan.Core.Tests;
using Caravan.Optimization.Flows;

namespace Caravan.Optimization.Tests.Flows;

/// <summary>Flows over a period see the seasons of the months it covers.</summary>
public sealed class FlowSeasonTests
{
    // Plenty of supply and demand; the only link carries 10 t/day, half of it January to June.
    private static FlowReport Plan(double startDay, double days, Func<Link, Link> edit) => FlowPlanner.Plan(
        AppliedScenario.None(new TinyDataset()
            .Node("M", kind: NodeKind.Mine).Node("C", kind: NodeKind.Customer)
            .Link("M", "C", id: "m-c", capacity: 10, edit: edit)
            .Commodity("ore").Supply("M", "ore", 100_000).Demand("C", "ore", 100_000)
            .Build()),
        new FlowOptions { StartDay = startDay, PeriodDays = days });

    private static readonly MonthProfile HalfInFirstHalf = MonthProfile.Of([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1, 1, 1, 1]);

    private static double Carried(FlowReport report) => report.Flows.Where(f => f.Link == "m-c").Sum(f => f.Tonnes);

    [Fact]
    public void Plan_SeasonalCapacityOverAYear_TimeWeightedMean()
    {
        var report = Plan(0, 365, l => l with { CapacityMonthFactors = HalfInFirstHalf });
        Assert.Equal(10 * (181 * 0.5 + 184 * 1.0), Carried(report), 6);
    }

    [Theory]
    [InlineData(0, 31, 155)]      // January at half capacity
    [InlineData(181, 31, 310)]    // July at full capacity
    [InlineData(166, 30, 225)]    // 15 days of June at half, 15 of July at full
    public void Plan_SeasonalCapacityOverAMonth_ThatMonthsFactor(double start, double days, double tonnes)
    {
        var report = Plan(start, days, l => l with { CapacityMonthFactors = HalfInFirstHalf });
        Assert.Equal(tonnes, Carried(report), 6);
        Assert.Equal(start, report.StartDay);
    }

    [Fact]
    public void Plan_StormsOnlyInJanuary_FebruaryUntouchedJanuaryCut()
    {
        // Ten 31-hour closures a year, all in January: 310 of January's 744 hours closed in expectation.
        Link Storms(Link l) => l with { Disruption = new Disruption(10, new FixedDistribution(31)) { MonthWeights = MonthProfile.Of([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) } };
        Assert.Equal(280, Carried(Plan(31, 28, Storms)), 6);
        Assert.Equal(310 * (1 - 310.0 / 744), Carried(Plan(0, 31, Storms)), 2); // flows are integral in thousandths of a tonne
        Assert.Equal(3650 - 10 * 310 / 24.0, Carried(Plan(0, 365, Storms)), 2);
    }
}
