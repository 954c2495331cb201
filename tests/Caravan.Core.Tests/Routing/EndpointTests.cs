using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;
using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Routing;

/// <summary>Mines, plants and customers are where journeys start or end, never where they pass.</summary>
public sealed class EndpointTests
{
    // A → B costs 10 through the mine M, 100 along the direct line.
    private static Dataset ShortcutThroughMine(NodeKind middle = NodeKind.Mine) => new TinyDataset()
        .Node("A").Node("M", kind: middle).Node("B", kind: NodeKind.Customer)
        .Link("A", "M", cost: 5, id: "a-m").Link("M", "B", cost: 5, id: "m-b").Link("A", "B", cost: 100, id: "a-b")
        .Commodity("ore").Supply("M", "ore", 10).Demand("B", "ore", 10)
        .Build();

    [Theory]
    [InlineData(NodeKind.Mine)]
    [InlineData(NodeKind.Plant)]
    [InlineData(NodeKind.Customer)]
    public void Best_CheaperPathThroughEndpoint_TakesTheLineInstead(NodeKind kind)
    {
        var dataset = ShortcutThroughMine(kind);
        var route = new RoutePlanner(new CostModel(dataset)).Best(new RouteRequest("A", "B", dataset.FindCommodity("ore")!)).Best;
        Assert.NotNull(route);
        Assert.Equal(["a-b"], route.Legs.Select(l => l.Link));
    }

    [Fact]
    public void Best_HubInTheMiddle_TakesTheShortcut()
    {
        var dataset = ShortcutThroughMine(NodeKind.Hub);
        var route = new RoutePlanner(new CostModel(dataset)).Best(new RouteRequest("A", "B", dataset.FindCommodity("ore")!)).Best;
        Assert.Equal(["a-m", "m-b"], route!.Legs.Select(l => l.Link));
    }

    [Fact]
    public void Best_FromTheMine_LeavesIt()
    {
        var dataset = ShortcutThroughMine();
        var route = new RoutePlanner(new CostModel(dataset)).Best(new RouteRequest("M", "B", dataset.FindCommodity("ore")!)).Best;
        Assert.Equal(["m-b"], route!.Legs.Select(l => l.Link));
    }

    [Fact]
    public void Best_OnlyPathPassesAMine_NoRoute()
    {
        var dataset = new TinyDataset()
            .Node("A").Node("M", kind: NodeKind.Mine).Node("B", kind: NodeKind.Customer)
            .Link("A", "M").Link("M", "B")
            .Commodity("ore").Supply("M", "ore", 10).Demand("B", "ore", 10)
            .Build();
        var result = new RoutePlanner(new CostModel(dataset)).Best(new RouteRequest("A", "B", dataset.FindCommodity("ore")!));
        Assert.Null(result.Best);
        Assert.NotNull(result.NoRouteReason);
    }

    [Fact]
    public void Alternatives_Three_NoneThroughTheMine()
    {
        var dataset = ShortcutThroughMine();
        var routes = new RoutePlanner(new CostModel(dataset)).Alternatives(new RouteRequest("A", "B", dataset.FindCommodity("ore")!), 3).Routes;
        Assert.Single(routes);
    }

    [Fact]
    public void Planner_ReroutingLot_NeverTurnsThroughAMine()
    {
        var dataset = ShortcutThroughMine();
        var planner = new RoutingEnginePlanner(dataset);
        var net = dataset.Network;
        var route = planner.FindRoute(net.NodeIndex("A"), net.NodeIndex("B"), dataset.FindCommodity("ore")!);
        Assert.NotNull(route);
        Assert.Equal(["a-b"], route.Arcs.Select(a => net.Links[net.ArcLink[a]].Id));
    }

    [Fact]
    public void Load_DemandReachableOnlyThroughAnotherMine_ReportsIt()
    {
        var dataset = new TinyDataset()
            .Node("S", kind: NodeKind.Mine).Node("M", kind: NodeKind.Mine).Node("C", kind: NodeKind.Customer)
            .Link("S", "M").Link("M", "C")
            .Commodity("ore").Supply("S", "ore", 10).Demand("C", "ore", 10)
            .Build();
        var folder = Directory.CreateTempSubdirectory("caravan-endpoint-").FullName;
        try
        {
            DatasetWriter.Write(dataset, folder);
            var result = DatasetReader.LoadFolder(folder);
            Assert.Null(result.Dataset);
            Assert.Contains(result.Problems, p => p.Message.Contains("demand node 'C' cannot be reached", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
