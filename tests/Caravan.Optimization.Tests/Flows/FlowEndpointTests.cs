using Caravan.Core.Network;
using Caravan.Core.Scenarios;
using Caravan.Core.Tests;
using Caravan.Optimization.Flows;

namespace Caravan.Optimization.Tests.Flows;

/// <summary>Flows leave a mine, plant or customer only where it supplies the commodity and enter one only where it demands it.</summary>
public sealed class FlowEndpointTests
{
    // S supplies C. The cheap way runs through the mine M (5 + 5); the line S → C costs 100.
    private static FlowReport Plan(NodeKind middle, FlowMethod method) => FlowPlanner.Plan(
        AppliedScenario.None(new TinyDataset()
            .Node("S").Node("M", kind: middle).Node("C", kind: NodeKind.Customer)
            .Link("S", "M", cost: 5, id: "s-m").Link("M", "C", cost: 5, id: "m-c").Link("S", "C", cost: 100, id: "s-c")
            .Commodity("ore").Supply("S", "ore", 365).Demand("C", "ore", 365)
            .Build()),
        new FlowOptions { Solver = new FlowSolverOptions { Method = method } });

    private static double Tonnes(FlowReport report, string link) => report.Flows.Where(f => f.Link == link).Sum(f => f.Tonnes);

    [Theory]
    [InlineData(NodeKind.Mine, FlowMethod.LinearProgram)]
    [InlineData(NodeKind.Plant, FlowMethod.NetworkSimplex)]
    [InlineData(NodeKind.Customer, FlowMethod.MinCostFlow)]
    public void Plan_CheaperPathThroughEndpoint_ShipsAlongTheLine(NodeKind kind, FlowMethod method)
    {
        var report = Plan(kind, method);
        Assert.Equal(FlowStatus.Optimal, report.Status);
        Assert.Equal(365, Tonnes(report, "s-c"), 6);
        Assert.Equal(0, Tonnes(report, "s-m"), 6);
    }

    [Fact]
    public void Plan_HubInTheMiddle_ShipsThroughIt()
    {
        var report = Plan(NodeKind.Hub, FlowMethod.LinearProgram);
        Assert.Equal(365, Tonnes(report, "s-m"), 6);
        Assert.Equal(0, Tonnes(report, "s-c"), 6);
    }
}
