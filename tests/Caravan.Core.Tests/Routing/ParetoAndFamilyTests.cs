using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;

namespace Caravan.Core.Tests.Routing;

public sealed class ParetoAndFamilyTests
{
    // Two sea links A → B: one cheap and slow, one dear and fast. Neither dominates the other.
    private static Dataset TwoSeaLinks() => new TinyDataset()
        .Node("A").Node("B", country: "JP")
        .Link("A", "B", Mode.Sea, cost: 10, hours: 100, id: "slow")
        .Link("A", "B", Mode.Sea, cost: 50, hours: 20, id: "fast")
        .Commodity("x").Build();

    [Fact]
    public void Pareto_TradeOff_KeepsBothAndSaysWhereEachIsBest()
    {
        var d = TwoSeaLinks();
        var r = new RoutePlanner(new CostModel(d)).Pareto(new RouteRequest("A", "B", d.FindCommodity("x")!));

        Assert.Equal(2, r.Routes.Count);
        Assert.Empty(r.Notes);
        Assert.Contains(r.Routes, x => x.Why.Contains("best of the set on money", StringComparison.Ordinal));
        Assert.Contains(r.Routes, x => x.Why.Contains("time", StringComparison.Ordinal));
    }

    [Fact]
    public void Pareto_CapOfOne_DropsOneAndReportsApproximation()
    {
        var d = TwoSeaLinks();
        var r = new RoutePlanner(new CostModel(d)).Pareto(new RouteRequest("A", "B", d.FindCommodity("x")!), new ParetoOptions { CapPerNode = 1 });

        Assert.Single(r.Routes);
        Assert.Contains("approximate Pareto set", r.Notes.Single(), StringComparison.Ordinal);
        Assert.Contains("at most 1 labels", r.Notes.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pareto_LargeEpsilon_MergesNearbyRoutesAndReportsIt()
    {
        var d = TwoSeaLinks();
        var r = new RoutePlanner(new CostModel(d)).Pareto(new RouteRequest("A", "B", d.FindCommodity("x")!), new ParetoOptions { Epsilon = 10 });

        Assert.Single(r.Routes);
        Assert.Contains("ε-dominance with ε = 10", r.Notes.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Alternatives_MaxShared_SkipsRouteOnSameLinks()
    {
        // A → B → C twice over (parallel B → C links) and once via D: the second parallel variant
        // shares the A → B link with the first, so with a low threshold only the D route follows.
        var d = new TinyDataset()
            .Node("A").Node("B").Node("C").Node("D")
            .Link("A", "B", cost: 100, id: "ab").Link("B", "C", cost: 1, id: "bc1").Link("B", "C", cost: 2, id: "bc2")
            .Link("A", "D", cost: 60, id: "ad").Link("D", "C", cost: 60, id: "dc")
            .Commodity("x").Build();
        var planner = new RoutePlanner(new CostModel(d, new CostParameters { PoliticalDisruptionsPerYearAtWorst = 0 }));
        var request = new RouteRequest("A", "C", d.FindCommodity("x")!);

        var plain = planner.Alternatives(request, 2);
        var different = planner.Alternatives(request, 2, maxSharedFraction: 0.5);

        Assert.Equal(["ab", "bc2"], plain.Routes[1].Legs.Select(l => l.Link));
        Assert.Equal(["ad", "dc"], different.Routes[1].Legs.Select(l => l.Link));
        Assert.Contains("skipped as too similar", different.Notes.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "KZ", "RU", "JP" }, new[] { "rail", "sea" }, "north")]
    [InlineData(new[] { "KZ", "CN", "JP" }, new[] { "rail", "sea" }, "east")]
    [InlineData(new[] { "KZ", "TM", "IR", "JP" }, new[] { "rail", "sea" }, "south")]
    [InlineData(new[] { "KZ", "AZ", "GE", "JP" }, new[] { "rail", "ferry", "sea" }, "west")]
    [InlineData(new[] { "KZ", "CN", "JP" }, new[] { "road", "air" }, "air")]
    [InlineData(new[] { "KZ", "JP" }, new[] { "sea" }, "other")]
    public void Classify_CountriesAndModes_FollowDocumentedRule(string[] countries, string[] modes, string family)
    {
        var route = new Route
        {
            From = "a",
            To = "b",
            Tonnes = 1,
            CostUsd = 0,
            Hours = 0,
            Co2Kg = 0,
            Risk = 0,
            Hazard = 0,
            GeneralisedCostUsd = 0,
            Countries = countries,
            Chokepoints = [],
            Modes = modes,
            Legs = [],
            Transfers = [],
            Borders = [],
            Breakdown = CostBreakdown.None,
            Arcs = [],
        };

        Assert.Equal(family, RouteFamily.Classify(route));
    }
}
