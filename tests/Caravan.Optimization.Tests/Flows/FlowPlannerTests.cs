using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;
using Caravan.Core.Scenarios;
using Caravan.Core.Tests;
using Caravan.Optimization.Flows;

namespace Caravan.Optimization.Tests.Flows;

public sealed class FlowPlannerTests
{
    // Mine M (KZ) to customer C (JP): direct rail link of 10 t/day, or via H at no capacity limit and a higher cost.
    private static Dataset Network(double? directCapacity = 10) => new TinyDataset()
        .Node("M", "KZ", NodeKind.Mine).Node("H", "KZ").Node("C", "JP", NodeKind.Customer)
        .Link("M", "C", id: "direct", cost: 10, capacity: directCapacity, countries: ["KZ", "JP"])
        .Link("M", "H", id: "m-h", cost: 20, countries: ["KZ"])
        .Link("H", "C", id: "h-c", cost: 20, countries: ["JP"])
        .Commodity("ore", 1000)
        .Supply("M", "ore", 20 * 365).Demand("C", "ore", 20 * 365)
        .Build();

    private static AppliedScenario Apply(Dataset dataset, string edits)
    {
        var parsed = ScenarioParser.Parse($$"""{"name": "s", "edits": [{{edits}}]}""", "s.json");
        Assert.True(parsed.Ok, string.Join('\n', parsed.Problems));
        Assert.Empty(ScenarioApplier.Validate(dataset, [parsed.Scenario!]));
        return ScenarioApplier.Apply(dataset, [parsed.Scenario!]);
    }

    private static double Tonnes(FlowReport report, string link) => report.Flows.Where(f => f.Link == link).Sum(f => f.Tonnes);

    [Fact]
    public void Plan_CapacityBinds_SplitsAndPricesTheBottleneckPerTonnePerDay()
    {
        var dataset = Network();
        var report = FlowPlanner.Plan(AppliedScenario.None(dataset));
        var costs = new CostModel(dataset);
        var ore = dataset.FindCommodity("ore")!;
        var n = dataset.Network;
        double Arc(string link) => costs.GeneralisedCostPerTonne(Enumerable.Range(0, n.ArcCount).First(a => n.Links[n.ArcLink[a]].Id == link && !n.ArcReversed[a]), ore);

        Assert.Equal(FlowStatus.Optimal, report.Status);
        Assert.Equal(3650, Tonnes(report, "direct"), 6);
        Assert.Equal(3650, Tonnes(report, "h-c"), 6);
        var bottleneck = Assert.Single(report.Bottlenecks);
        Assert.Equal(("direct", "link", "forward"), (bottleneck.Id, bottleneck.Kind, bottleneck.Direction));
        // One more t/day on the direct link saves the detour premium on 365 t.
        Assert.Equal((Arc("m-h") + Arc("h-c") - Arc("direct")) * 365, bottleneck.DualUsdPerTonnePerDay, 1e-2);
        Assert.Equal(1, bottleneck.Utilisation, 6);
    }

    [Fact]
    public void Plan_CapacityInTeu_ConvertsByThePayloadAndPricesPerTeu()
    {
        var tonnes = Network();
        var teu = new Dataset(tonnes.Nodes,
            tonnes.Links.Select(l => l.Id == "direct" ? l with { CapacityTonnesPerDay = null, CapacityTeuPerDay = 0.5 } : l).ToArray(),
            tonnes.Countries, tonnes.Commodities.Select(c => c with { TonnesPerTeu = 20 }).ToArray(),
            tonnes.Supply, tonnes.Demand, tonnes.Chokepoints, tonnes.Name, tonnes.Sources);

        var inTonnes = FlowPlanner.Plan(AppliedScenario.None(tonnes));
        var inTeu = FlowPlanner.Plan(AppliedScenario.None(teu));

        // 0.5 TEU/day × 20 t/TEU is the same 10 t/day: same flows and cost; one TEU/day is worth 20 t/day.
        Assert.Equal(inTonnes.TotalCostUsd, inTeu.TotalCostUsd, 1e-6 * inTonnes.TotalCostUsd);
        Assert.Equal(3650, Tonnes(inTeu, "direct"), 6);
        var bottleneck = Assert.Single(inTeu.Bottlenecks);
        Assert.Equal((0.5, "TEU", 1.0), (bottleneck.CapacityPerDay, bottleneck.CapacityUnit, Math.Round(bottleneck.Utilisation, 9)));
        Assert.Equal(Assert.Single(inTonnes.Bottlenecks).DualUsdPerTonnePerDay * 20, bottleneck.DualUsdPerTonnePerDay, 1e-2);
    }

    [Fact]
    public void Plan_CostBreakdown_AddsUpToTheObjective()
    {
        var report = FlowPlanner.Plan(AppliedScenario.None(Network()));

        Assert.Equal(report.TotalCostUsd, report.Cost.TotalUsd, report.TotalCostUsd * 1e-6);
        Assert.True(report.Cost.FreightUsd > 0 && report.Cost.TimeUsd > 0 && report.Cost.Co2Usd > 0);
    }

    [Fact]
    public void Plan_WindowedClosure_ScalesCapacityByTheOpenFraction()
    {
        var applied = Apply(Network(), """{"type": "close", "links": ["direct"], "startDay": 100, "endDay": 173}""");

        var report = FlowPlanner.Plan(applied);

        Assert.Equal(10 * (365 - 73), Tonnes(report, "direct"), 6);
    }

    [Fact]
    public void Plan_Storms_TakeTheExpectedClosedShareOfCapacity()
    {
        var applied = Apply(Network(), """{"type": "storms", "links": ["direct"], "closuresPerYear": 10, "durationHours": "fixed(87.6)"}""");

        var report = FlowPlanner.Plan(applied);

        // 10 × 87.6 h = 876 h = 10 % of the year closed.
        Assert.Equal(3650 * 0.9, Tonnes(report, "direct"), 6);
    }

    [Fact]
    public void Plan_QuarterPeriod_ScalesSupplyDemandAndCapacity()
    {
        var report = FlowPlanner.Plan(AppliedScenario.None(Network()), new FlowOptions { PeriodDays = 91 });

        Assert.Equal(20 * 91, report.DemandTonnes, 6);
        Assert.Equal(10 * 91, Tonnes(report, "direct"), 6);
    }

    [Fact]
    public void Plan_NoRouteLeft_ReportsEveryTonneUnmetAtThePenalty()
    {
        var applied = Apply(Network(), """{"type": "close", "nodes": ["H"]}, {"type": "close", "links": ["direct"]}""");

        var report = FlowPlanner.Plan(applied);

        Assert.Equal(FlowStatus.Optimal, report.Status);
        var unmet = Assert.Single(report.Demand);
        Assert.Equal((7300.0, 7300.0), (unmet.DemandTonnes, unmet.UnmetTonnes));
        Assert.Equal(7300 * 10_000, report.Cost.PenaltyUsd, 1e-3); // floor 5,000 < 10 × 1,000
    }

    [Fact]
    public void Plan_AllDemandRequiredButImpossible_IsInfeasibleWithEveryTonneUnmet()
    {
        var applied = Apply(Network(), """{"type": "close", "links": ["direct", "h-c"]}""");

        var report = FlowPlanner.Plan(applied, new FlowOptions { Solver = new FlowSolverOptions { AllowUnmet = false } });

        Assert.Equal(FlowStatus.Infeasible, report.Status);
        Assert.Equal(7300, report.UnmetTonnes, 6);
        Assert.True(double.IsNaN(report.TotalCostUsd));
    }

    [Fact]
    public void Plan_ExportBan_BlocksTheCommodityLeavingTheCountry()
    {
        var dataset = new TinyDataset()
            .Node("G", "CN", NodeKind.Plant).Node("P", "KZ", NodeKind.Plant).Node("C", "JP", NodeKind.Customer)
            .Link("G", "C", id: "g-c", cost: 1, countries: ["CN", "JP"])
            .Link("P", "C", id: "p-c", cost: 50, countries: ["KZ", "JP"])
            .Commodity("ga", 500_000).Commodity("sb", 50_000)
            .Supply("G", "ga", 100).Supply("P", "ga", 15).Supply("G", "sb", 10)
            .Demand("C", "ga", 97).Demand("C", "sb", 10)
            .Build();
        var applied = Apply(dataset, """{"type": "export_ban", "commodity": "ga", "countries": ["CN"]}""");

        var report = FlowPlanner.Plan(applied);

        Assert.DoesNotContain(report.Flows, f => f.Commodity == "ga" && f.Link == "g-c");
        Assert.Equal(15, report.Flows.Single(f => f.Commodity == "ga").Tonnes, 6);
        Assert.Equal(82, report.Demand.Single(d => d.Commodity == "ga").UnmetTonnes, 6);
        Assert.Equal(10, report.Flows.Single(f => f.Commodity == "sb").Tonnes, 6); // other commodities still leave
    }

    [Fact]
    public void Compare_TwoScenarios_ReportsCorridorShiftAndNewBottleneck()
    {
        var dataset = Network(directCapacity: null);
        var baseline = FlowPlanner.Plan(AppliedScenario.None(dataset));
        var tight = FlowPlanner.Plan(Apply(dataset, """{"type": "close", "links": ["direct"], "startDay": 0, "endDay": 365}"""));
        var squeezed = FlowPlanner.Plan(Apply(Network(directCapacity: 10), "{\"type\": \"scale_capacity\", \"links\": [\"direct\"], \"factor\": 0.5}"));

        var comparison = ScenarioComparison.Of([baseline, tight, squeezed]);

        var shift = comparison.CorridorShifts.Single(s => s.Corridor == "rail JP-KZ");
        Assert.Equal([7300.0, 0, 1825], shift.Tonnes.Select(t => Math.Round(t, 6)));
        Assert.Contains(comparison.CorridorShifts, s => s.Corridor == "rail KZ" && s.Tonnes[1] > s.Tonnes[0]);
        Assert.Contains(comparison.NewBottlenecks, b => b.Bottleneck.Id == "direct");
    }
}
