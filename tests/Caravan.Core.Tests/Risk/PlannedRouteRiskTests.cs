using Caravan.Core.Data;
using Caravan.Core.Risk;
using Caravan.Core.Routing;

namespace Caravan.Core.Tests.Risk;

public sealed class PlannedRouteRiskTests
{
    [Fact]
    public void BestRoute_BuiltIn_EqualsTheRoutePlannersBestRouteRisk()
    {
        var dataset = DatasetReader.BuiltIn();
        var gallium = dataset.FindCommodity("gallium")!;
        var origin = dataset.Network.NodeIndex("kz-pavlodar-aok");
        var destination = dataset.Network.NodeIndex("jp-kanto-industry");

        var risk = new PlannedRouteRisk().BestRoute(dataset, gallium, [origin], [destination]);

        var expected = new RoutePlanner(new CostModel(dataset)).Best(new RouteRequest("kz-pavlodar-aok", "jp-kanto-industry", gallium)).Best!;
        Assert.NotNull(risk);
        Assert.Equal(expected.Risk, risk.Score, 12);
        Assert.InRange(risk.Score, 0.0001, 1);
        Assert.Contains(risk.Drivers, d => d.Contains("countries", StringComparison.Ordinal));
    }

    [Fact]
    public void BestRoute_Unreachable_IsNull()
    {
        var dataset = new TinyDataset()
            .Node("a").Node("b").Node("c")
            .Link("a", "b")
            .Commodity("x").Supply("a", "x", 1).Demand("b", "x", 1)
            .Build();
        var risk = new PlannedRouteRisk().BestRoute(dataset, dataset.FindCommodity("x")!, [dataset.Network.NodeIndex("a")], [dataset.Network.NodeIndex("c")]);
        Assert.Null(risk);
    }

    [Fact]
    public void CorridorExposure_WithPlannedRouteRisk_ReportsTheRoutingMethod()
    {
        var dataset = DatasetReader.BuiltIn();
        var governance = RiskAssessment.For(dataset, MineralsReader.BuiltIn(), new RiskOptions { AsOf = new DateOnly(2026, 11, 29) }).Governance;
        var report = new CorridorExposure(dataset, governance, new PlannedRouteRisk()).Analyse("gallium", "JP", [("KZ", 1.0)]);
        var origin = Assert.Single(report.Origins);
        Assert.Equal("routing engine: disruption probability of the best route", origin.Route!.Method);
    }
}
