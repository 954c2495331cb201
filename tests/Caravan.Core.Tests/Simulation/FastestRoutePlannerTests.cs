using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Simulation;

public sealed class FastestRoutePlannerTests
{
    /// <summary>S → A → D by rail (10 + 10 h, A handles for 5 h) or S → B → D by air and road (2 + 30 h).</summary>
    private static Dataset Network() => new TinyDataset()
        .Node("S").Node("A", handlingHours: 5).Node("B").Node("D")
        .Link("S", "A", hours: 10).Link("A", "D", hours: 10)
        .Link("S", "B", mode: Mode.Air, hours: 2).Link("B", "D", mode: Mode.Road, hours: 30)
        .Commodity("ore").Commodity("u3o8", forbidden: [Mode.Air])
        .Supply("S", "ore", 1).Demand("D", "ore", 1)
        .Build();

    private static (PlannedRoute? Route, Dataset Data) Plan(string commodity, Func<int, Commodity, bool>? forbidden = null, bool[]? blockedLinks = null)
    {
        var data = Network();
        var model = SimulationModel.Compile(data, new SimulationOptions(), arcForbidden: forbidden);
        var net = data.Network;
        return (model.Planner.FindRoute(net.NodeIndex("S"), net.NodeIndex("D"), data.FindCommodity(commodity)!, blockedLinks: blockedLinks), data);
    }

    private static string[] Links(PlannedRoute route, Dataset data) =>
        route.Arcs.Select(a => data.Network.Links[data.Network.ArcLink[a]].Id).ToArray();

    [Fact]
    public void FindRoute_RailFasterThanAirAndRoad_TakesRailWithHandling()
    {
        var (route, data) = Plan("ore");
        Assert.Equal(["S-A-rail", "A-D-rail"], Links(route!, data));
        Assert.Equal(25, route!.PlannedHours, 9);
    }

    [Fact]
    public void FindRoute_RailLinkBlocked_TakesAirAndRoad()
    {
        var blocked = new bool[4];
        blocked[1] = true;
        var (route, data) = Plan("ore", blockedLinks: blocked);
        Assert.Equal(["S-B-air", "B-D-road"], Links(route!, data));
        Assert.Equal(32, route!.PlannedHours, 9);
    }

    [Fact]
    public void FindRoute_RailForbiddenAndCommodityMayNotFly_NoRoute()
    {
        var data = Network();
        bool RailBanned(int arc, Commodity c) => data.Network.Links[data.Network.ArcLink[arc]].Mode == Mode.Rail;
        Assert.Null(Plan("u3o8", RailBanned).Route);
        Assert.NotNull(Plan("ore", RailBanned).Route);
    }
}
