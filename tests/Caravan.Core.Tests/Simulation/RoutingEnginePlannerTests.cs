using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;
using Caravan.Core.Scenarios;
using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Simulation;

public sealed class RoutingEnginePlannerTests
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();

    /// <summary>
    /// S → A → D by rail (10 + 10 h, A handles for 5 h, US$ 10/t a link) or S → B → D by air and road
    /// (2 + 3 h, US$ 500/t a link): the fast way costs 50 times as much.
    /// </summary>
    private static Dataset Network() => new TinyDataset()
        .Node("S").Node("A", handlingHours: 5).Node("B").Node("D")
        .Link("S", "A", hours: 10).Link("A", "D", hours: 10)
        .Link("S", "B", mode: Mode.Air, hours: 2, cost: 500).Link("B", "D", mode: Mode.Road, hours: 3, cost: 500)
        .Commodity("ore").Commodity("u3o8", forbidden: [Mode.Air])
        .Supply("S", "ore", 1).Demand("D", "ore", 1)
        .Build();

    private static PlannedRoute? Plan(Dataset data, string commodity, Func<int, Commodity, bool>? forbidden = null, bool[]? blockedLinks = null)
    {
        var model = SimulationModel.Compile(data, new SimulationOptions(), arcForbidden: forbidden);
        var net = data.Network;
        return model.Planner.FindRoute(net.NodeIndex("S"), net.NodeIndex("D"), data.FindCommodity(commodity)!, blockedLinks: blockedLinks);
    }

    private static string[] Links(IEnumerable<int> arcs, Dataset data) =>
        arcs.Select(a => data.Network.Links[data.Network.ArcLink[a]].Id).ToArray();

    private static string[] Links(Route route) => route.Legs.Select(l => l.Link).ToArray();

    [Fact]
    public void FindRoute_FastWayFiftyTimesDearer_TakesTheCheapRailAsTheEngineDoes()
    {
        var data = Network();
        var route = Plan(data, "ore")!;
        Assert.Equal(["S-A-rail", "A-D-rail"], Links(route.Arcs, data));
        var best = new RoutePlanner(new CostModel(data)).Best(new RouteRequest("S", "D", data.FindCommodity("ore")!)).Best!;
        Assert.Equal(Links(best), Links(route.Arcs, data));
        // The engine's expected hours: 10 + 5 + 10 h.
        Assert.Equal(25, route.PlannedHours, 9);
        Assert.Equal(best.Hours, route.PlannedHours, 9);
    }

    [Fact]
    public void FindRoute_RailLinkBlocked_TakesAirAndRoadLikeAvoidLink()
    {
        var data = Network();
        var blocked = new bool[4];
        blocked[data.Network.LinkIndex("A-D-rail")] = true;
        var route = Plan(data, "ore", blockedLinks: blocked)!;
        Assert.Equal(["S-B-air", "B-D-road"], Links(route.Arcs, data));
        var avoiding = new RoutePlanner(new CostModel(data)).Best(new RouteRequest("S", "D", data.FindCommodity("ore")!)
        {
            Constraints = new RouteConstraints { AvoidLinks = ["A-D-rail"] },
        }).Best!;
        Assert.Equal(Links(avoiding), Links(route.Arcs, data));
        Assert.Equal(5, route.PlannedHours, 9);
    }

    [Fact]
    public void FindRoute_RailForbiddenAndCommodityMayNotFly_NoRoute()
    {
        var data = Network();
        bool RailBanned(int arc, Commodity c) => data.Network.Links[data.Network.ArcLink[arc]].Mode == Mode.Rail;
        Assert.Null(Plan(data, "u3o8", RailBanned));
        Assert.NotNull(Plan(data, "ore", RailBanned));
    }

    [Fact]
    public void FindRoute_SameQuestionTwice_PlansOnceAndAnswersTheSame()
    {
        var data = Network();
        var planner = new RoutingEnginePlanner(data);
        var ore = data.FindCommodity("ore")!;
        var blocked = new bool[4];
        blocked[1] = true;
        var first = planner.FindRoute(0, 3, ore, blockedLinks: blocked);
        var again = planner.FindRoute(0, 3, ore, new bool[4], (bool[])blocked.Clone());
        Assert.Same(first, again);
        Assert.Equal(1, planner.Planned);
        Assert.NotSame(first, planner.FindRoute(0, 3, ore));
        Assert.Equal(2, planner.Planned);
    }

    public static TheoryData<string> FlagshipScenarios => new() { "baseline", "russia-transit-closed" };

    [Theory]
    [MemberData(nameof(FlagshipScenarios))]
    public void Compile_EveryFlagshipPair_InitialRouteIsTheRoutingEnginesBest(string scenario)
    {
        // The path `caravan simulate --scenario X` takes: catalog → applier → model.
        var applied = ScenarioApplier.Apply(Eurasia, [ScenarioCatalog.From(new BuiltInSource()).Resolve(scenario).Scenario!]);
        var model = SimulationModel.Compile(applied.Dataset, new SimulationOptions { Commodities = Flagship.Commodities }, scenario);
        var engine = new RoutePlanner(new CostModel(applied.Dataset));
        // The same closure said as the flagship's route constraint, on the unedited dataset.
        var onBase = new RoutePlanner(new CostModel(Eurasia));
        var asConstraint = scenario == "baseline" ? RouteConstraints.None : new RouteConstraints { AvoidCountries = ["RU"] };
        var cases = Flagship.Cases(Eurasia);
        Assert.True(cases.Count >= 3, $"{cases.Count} flagship cases");
        foreach (var (commodity, from, to) in cases)
        {
            var source = model.Sources.Single(s => s.Commodity.Id == commodity.Id && applied.Dataset.Network.Nodes[s.Node].Id == from);
            var target = source.Targets.Single(t => model.Demands[t.Demand].Node == to);
            var simulated = Links(target.Route.Arcs, applied.Dataset);
            var best = engine.Best(new RouteRequest(from, to, commodity)).Best!;
            Assert.Equal(Links(best), simulated);
            var constrained = onBase.Best(new RouteRequest(from, to, commodity) { Constraints = asConstraint }).Best!;
            Assert.Equal(Links(constrained), simulated);
            if (scenario != "baseline")
                Assert.DoesNotContain("RU", best.Countries);
        }
    }

    [Fact]
    public void FindRoute_FlagshipUraniumWithItsBorderBlocked_EqualsAvoidNode()
    {
        // Re-routing asks with the closed node blocked; the answer is `caravan route --avoid-node`.
        var (commodity, from, to) = Flagship.Cases(Eurasia).First(c => c.Commodity.Id == "u3o8");
        var engine = new RoutePlanner(new CostModel(Eurasia));
        var best = engine.Best(new RouteRequest(from, to, commodity)).Best!;
        var border = best.Borders[0].Node;
        var blocked = new bool[Eurasia.Network.Nodes.Length];
        blocked[Eurasia.Network.NodeIndex(border)] = true;
        var net = Eurasia.Network;
        var route = new RoutingEnginePlanner(Eurasia).FindRoute(net.NodeIndex(from), net.NodeIndex(to), commodity, blocked)!;
        var avoiding = engine.Best(new RouteRequest(from, to, commodity) { Constraints = new RouteConstraints { AvoidNodes = [border] } }).Best!;
        Assert.Equal(Links(avoiding), Links(route.Arcs, Eurasia));
        Assert.NotEqual(Links(best), Links(route.Arcs, Eurasia));
    }
}
