using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;

namespace Caravan.Core.Tests.Routing;

public sealed class RoutePlannerTests
{
    // A → B → D by rail through KZ (cheap), A → C → D by rail through RU (cheaper), A → D by air.
    private static Dataset Diamond() => new TinyDataset()
        .Node("A").Node("B").Node("C", country: "RU").Node("D", country: "JP", kind: NodeKind.Port, licensed: ["7"])
        .Link("A", "B", cost: 30, hours: 10).Link("B", "D", Mode.Sea, cost: 30, hours: 10, countries: ["KZ", "JP"])
        .Link("A", "C", cost: 20, hours: 10, countries: ["KZ", "RU"]).Link("C", "D", Mode.Sea, cost: 20, hours: 10, countries: ["RU", "JP"])
        .Link("A", "D", Mode.Air, cost: 500, hours: 5, countries: ["KZ", "JP"])
        .Commodity("ga", valueUsdPerTonne: 1000)
        .Commodity("u3o8", valueUsdPerTonne: 1000, forbidden: [Mode.Air], hazard: "7", licensedOnly: true)
        .Build();

    private static RoutePlanner Planner(Dataset d) => new(new CostModel(d, new CostParameters { PoliticalDisruptionsPerYearAtWorst = 0, CarbonPriceUsdPerTonneCo2 = 0 }));

    [Fact]
    public void Best_Unconstrained_TakesCheapestPath()
    {
        var d = Diamond();
        var r = Planner(d).Best(new RouteRequest("A", "D", d.FindCommodity("ga")!) { Tonnes = 2 });

        Assert.Null(r.NoRouteReason);
        var best = r.Best!;
        Assert.Equal(["A-C-rail", "C-D-sea"], best.Legs.Select(l => l.Link));
        Assert.Equal(2 * 40, best.CostUsd, 9);
        Assert.Equal(20, best.Hours, 9);
        Assert.Equal(["KZ", "RU", "JP"], best.Countries);
        Assert.Equal(["rail", "sea"], best.Modes);
        Assert.Single(best.Transfers);
        Assert.Equal(2 * (34.7 * 100 + 19.8 * 100) / 1000 + 2 * 1.0, best.Co2Kg, 9); // plus hub emissions at C
        Assert.Equal(best.CostUsd, best.Legs.Sum(l => l.CostUsd), 9);
        Assert.Equal(best.Hours, best.Legs.Sum(l => l.Hours), 9);
        Assert.Equal(best.Co2Kg, best.Legs.Sum(l => l.Co2Kg), 9);
    }

    [Fact]
    public void Best_AvoidRussia_GoesThroughKazakhPort()
    {
        var d = Diamond();
        var r = Planner(d).Best(new RouteRequest("A", "D", d.FindCommodity("ga")!) { Constraints = new() { AvoidCountries = ["RU"] } });

        Assert.Equal(["A-B-rail", "B-D-sea"], r.Best!.Legs.Select(l => l.Link));
        Assert.DoesNotContain("RU", r.Best.Countries);
        Assert.Contains("without the constraints the best route would be north via KZ-RU-JP", r.Best.Why, StringComparison.Ordinal);
        Assert.EndsWith("but it crosses RU (avoided)", r.Best.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Best_UraniumWhereAirWouldWin_WhySaysItMayNotFly()
    {
        var d = Diamond();
        var planner = new RoutePlanner(new CostModel(d, new CostParameters { PoliticalDisruptionsPerYearAtWorst = 0 }));
        // Worth so much that 10 hours cost more than the air freight: air would win if allowed.
        var u = d.FindCommodity("u3o8")! with { ValueUsdPerTonne = 1e8 };
        var r = planner.Best(new RouteRequest("A", "D", u));

        Assert.DoesNotContain("air", r.Best!.Modes);
        Assert.Contains("uses air, which u3o8 may not", r.Best.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Best_AvoidRussiaAndKazakhRail_NoRouteForUraniumNamesConstraint()
    {
        var d = Diamond();
        var k = new RouteConstraints { AvoidCountries = ["RU"], AvoidLinks = ["A-B-rail"] };
        var r = Planner(d).Best(new RouteRequest("A", "D", d.FindCommodity("u3o8")!) { Constraints = k });

        Assert.Empty(r.Routes);
        Assert.NotNull(r.NoRouteReason);
        Assert.Contains("no route from A to D for u3o8", r.NoRouteReason);
        Assert.Contains("crosses RU", r.NoRouteReason);
        Assert.Contains("u3o8 may not use air", r.NoRouteReason);
        Assert.Contains("nearest reachable", r.NoRouteReason);
    }

    [Fact]
    public void Best_AvoidBothCountries_ReasonSaysBoth()
    {
        var d = new TinyDataset()
            .Node("A").Node("R", country: "RU").Node("C", country: "CN").Node("J", country: "JP")
            .Link("A", "R").Link("R", "J").Link("A", "C").Link("C", "J")
            .Commodity("ga").Build();
        var r = Planner(d).Best(new RouteRequest("A", "J", d.FindCommodity("ga")!) { Constraints = new() { AvoidCountries = ["RU", "CN"] } });

        Assert.Contains("every path to J crosses RU or CN, both avoided", r.NoRouteReason);
        Assert.Contains("nearest reachable: A", r.NoRouteReason);
    }

    [Fact]
    public void Best_MaxModeChangesZero_FliesDirect()
    {
        var d = Diamond();
        var r = Planner(d).Best(new RouteRequest("A", "D", d.FindCommodity("ga")!) { Constraints = new() { MaxModeChanges = 0 } });

        Assert.Equal(["air"], r.Best!.Modes);
    }

    [Fact]
    public void Best_MaxDaysTight_PicksFastAir()
    {
        var d = Diamond();
        var r = Planner(d).Best(new RouteRequest("A", "D", d.FindCommodity("ga")!) { Constraints = new() { MaxDays = 0.5 } });

        Assert.Equal(["air"], r.Best!.Modes);
        Assert.True(r.Best.Hours <= 12);
    }

    [Fact]
    public void Best_Uranium_NeverFlies()
    {
        var d = Diamond();
        var r = Planner(d).Best(new RouteRequest("A", "D", d.FindCommodity("u3o8")!) { Constraints = new() { MaxModeChanges = 0 } });

        Assert.Empty(r.Routes);
        Assert.Contains("more than 0 mode change", r.NoRouteReason);
    }

    [Fact]
    public void Best_ViaCountry_FindsBestThroughIt()
    {
        var d = Diamond();
        var r = Planner(d).Best(new RouteRequest("A", "D", d.FindCommodity("ga")!) { Constraints = new() { ViaModes = [Mode.Air] } });

        Assert.Equal(["air"], r.Best!.Modes);
    }

    [Fact]
    public void Alternatives_Diamond_ListsAllThreeInCostOrder()
    {
        var d = Diamond();
        var r = Planner(d).Alternatives(new RouteRequest("A", "D", d.FindCommodity("ga")!), 5);

        Assert.Equal(3, r.Routes.Count);
        Assert.Equal([1, 2, 3], r.Routes.Select(x => x.Rank));
        Assert.Equal(["rail", "sea"], r.Routes[1].Modes);
        Assert.Equal(["air"], r.Routes[2].Modes);
        Assert.Contains("3 of 5", r.Notes[0]);
        Assert.Contains("faster", r.Routes[2].Why);
    }

    [Fact]
    public void Pareto_Diamond_KeepsFastAirAndCheapRail()
    {
        var d = Diamond();
        var r = Planner(d).Pareto(new RouteRequest("A", "D", d.FindCommodity("ga")!));

        // Through B is dearer than through C and no faster or greener, so it is dominated.
        Assert.Equal(2, r.Routes.Count);
        Assert.Contains(r.Routes, x => x.Modes.SequenceEqual(["air"]));
        Assert.Contains(r.Routes, x => x.Countries.Contains("RU"));
    }

    [Fact]
    public void Best_UnknownNode_IsAResultNotAnException()
    {
        var d = Diamond();
        var r = Planner(d).Best(new RouteRequest("A", "ZZ", d.FindCommodity("ga")!));

        Assert.Equal("unknown node 'ZZ'", r.NoRouteReason);
    }
}
