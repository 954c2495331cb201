using Caravan.Core.Data;
using Caravan.Core.Routing;
using Caravan.Core.Simulation;
using CsCheck;

namespace Caravan.Core.Tests.Routing;

/// <summary>
/// Over random origin and destination pairs of the built-in dataset, no route (best, alternatives,
/// or the simulator's re-planned route around blocked nodes) passes through a mine, plant or customer.
/// </summary>
public sealed class EndpointPropertyTests
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();
    private static readonly RoutePlanner Planner = new(new CostModel(Eurasia));
    private static readonly RoutingEnginePlanner Simulator = new(Planner);

    private static readonly Gen<(int From, int To, int Commodity, int Blocked)> Pairs =
        Gen.Select(Gen.Int[0, Eurasia.Nodes.Count - 1], Gen.Int[0, Eurasia.Nodes.Count - 1],
            Gen.Int[0, Eurasia.Commodities.Count - 1], Gen.Int[0, Eurasia.Nodes.Count - 1]);

    private static bool NoEndpointWaypoint(IReadOnlyList<int> arcs) =>
        !BruteForce.Waypoints(Eurasia.Network, arcs).Any(n => BruteForce.IsEndpointKind(n.Kind));

    [Fact]
    public void Best_RandomPairs_NoEndpointAsWaypoint() => Pairs.Sample(p =>
    {
        var request = new RouteRequest(Eurasia.Nodes[p.From].Id, Eurasia.Nodes[p.To].Id, Eurasia.Commodities[p.Commodity]);
        return Planner.Best(request).Best is not { } route || NoEndpointWaypoint(route.Arcs);
    }, iter: 300);

    [Fact]
    public void Alternatives_RandomPairs_NoEndpointAsWaypoint() => Pairs.Sample(p =>
    {
        var request = new RouteRequest(Eurasia.Nodes[p.From].Id, Eurasia.Nodes[p.To].Id, Eurasia.Commodities[p.Commodity]);
        return Planner.Alternatives(request, 3).Routes.All(r => NoEndpointWaypoint(r.Arcs));
    }, iter: 100);

    [Fact]
    public void SimulatorPlanner_RandomPairsAndBlockedNode_NoEndpointAsWaypoint() => Pairs.Sample(p =>
    {
        var blocked = new bool[Eurasia.Nodes.Count];
        if (p.Blocked != p.From && p.Blocked != p.To)
            blocked[p.Blocked] = true;
        var route = Simulator.FindRoute(p.From, p.To, Eurasia.Commodities[p.Commodity], blocked);
        return route is null || NoEndpointWaypoint(route.Arcs);
    }, iter: 300);

    [Fact]
    public void Best_MineToCustomer_SomePairsHaveRoutes()
    {
        // Guards the properties above against passing vacuously: the dataset's own supply reaches its demand.
        var supply = Eurasia.Supply.First(s => s.Commodity == "u3o8");
        var demand = Eurasia.Demand.First(d => d.Commodity == "u3o8");
        var route = Planner.Best(new RouteRequest(supply.Node, demand.Node, Eurasia.FindCommodity("u3o8")!)).Best;
        Assert.NotNull(route);
        Assert.True(NoEndpointWaypoint(route.Arcs));
    }
}
