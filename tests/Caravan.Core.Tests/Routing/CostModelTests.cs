using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Network;
using Caravan.Core.Routing;

namespace Caravan.Core.Tests.Routing;

public sealed class CostModelTests
{
    // Value 87,600 US$/t at a 10 % carrying rate: one hour of transit is worth exactly 1 US$/t.
    private static TinyDataset Chain() => new TinyDataset()
        .Node("A", handlingCost: 5, handlingHours: 2)
        .Node("B", kind: NodeKind.Border, handlingCost: 10, handlingHours: 1)
        .Node("C", country: "AZ", kind: NodeKind.Port, handlingCost: 7, handlingHours: 3)
        .Link("A", "B", Mode.Rail, km: 1000, hours: 20, cost: 50, id: "ab")
        .Link("B", "C", Mode.Ferry, km: 400, hours: 30, cost: 40, departuresPerWeek: 2, countries: ["KZ", "AZ"], id: "bc")
        .Commodity("metal", valueUsdPerTonne: 87_600);

    private static int ArcOf(Dataset d, string from, string to)
    {
        var net = d.Network;
        var u = net.NodeIndex(from);
        for (var a = net.FirstArc[u]; a < net.FirstArc[u + 1]; a++)
        {
            if (net.Nodes[net.ArcHead[a]].Id == to)
                return a;
        }
        throw new InvalidOperationException("no arc");
    }

    [Fact]
    public void Arc_RailIntoPaperBorder_MatchesHandComputation()
    {
        var d = Chain().Build();
        var model = new CostModel(d);
        var c = d.FindCommodity("metal")!;
        var b = model.Arc(ArcOf(d, "A", "B"), c);

        Assert.Equal(50, b.FreightUsd);
        Assert.Equal(10, b.HandlingUsd);
        Assert.Equal(0, b.WaitHours);
        Assert.Equal(20, b.TransitHours);
        Assert.Equal(1, b.HandlingHours);
        Assert.Equal(24, b.BorderDwellHours); // paper regime in force at the tiny border
        Assert.Equal(34.7, b.Co2Kg, 9); // 34.7 g/t-km × 1000 km
        // Unknown WGI → stability 0 → 1 × 2.5/5 = 0.5 interruptions/yr; 45 h exposed in KZ.
        Assert.Equal(45 * 0.5 / 8760, b.Hazard, 12);
        Assert.Equal(45, b.TimeValueUsd, 9);
        Assert.Equal(3.47, b.CarbonUsd, 9);
        Assert.Equal(45 * 0.5 / 8760 * 87_600 * 0.05, b.RiskPremiumUsd, 9); // 11.25
        Assert.Equal(50 + 10 + 45 + 3.47 + 11.25, model.GeneralisedCostPerTonne(ArcOf(d, "A", "B"), c), 9);
    }

    [Fact]
    public void Arc_ScheduledFerry_WaitsHalfTheHeadway()
    {
        var d = Chain().Build();
        var model = new CostModel(d, new CostParameters { PoliticalDisruptionsPerYearAtWorst = 0 });
        var b = model.Arc(ArcOf(d, "B", "C"), d.FindCommodity("metal")!);

        Assert.Equal(42, b.WaitHours); // 2 sailings a week: 84 h headway, 42 h expected wait
        Assert.Equal(30 + 42 + 3, b.Hours);
        Assert.Equal(124.8 * 400 / 1000, b.Co2Kg, 9);
        Assert.Equal(0, b.Hazard);
        Assert.Equal(40 + 7 + 75 + 124.8 * 0.4 * 0.1, b.GeneralisedUsd, 9);
    }

    [Fact]
    public void Arc_TimeQuantile_TakesQuantilesAndWaitFraction()
    {
        var d = new TinyDataset()
            .Node("A").Node("B")
            .Link("A", "B", edit: l => l with { TransitTimeHours = new UniformDistribution(10, 30), DeparturesPerWeek = 7 })
            .Commodity("x").Build();
        var model = new CostModel(d, new CostParameters { TimeQuantile = 0.9 });
        var b = model.Arc(ArcOf(d, "A", "B"), d.FindCommodity("x")!);

        Assert.Equal(28, b.TransitHours, 9);
        Assert.Equal(24 * 0.9, b.WaitHours, 9);
    }

    [Fact]
    public void Arc_DisruptedLinkAndUnstableCountries_AddsHazards()
    {
        var d = new TinyDataset()
            .Stability("KZ", 2.5).Stability("IR", -1.5)
            .Node("A").Node("B", country: "IR")
            .Link("A", "B", hours: 20, countries: ["KZ", "IR"], chokepoints: ["hormuz"],
                edit: l => l with { Disruption = new Disruption(2, new FixedDistribution(48)) })
            .Commodity("x").Build();
        var model = new CostModel(d);
        var b = model.Arc(ArcOf(d, "A", "B"), d.FindCommodity("x")!);

        var link = 2 * (20 + 48) / 8760.0;
        var political = 1.0 * (2.5 - -1.5) / 5 / 8760 * 10; // KZ at +2.5 adds nothing; 10 h in IR
        Assert.Equal(link + political, b.Hazard, 12); // the tiny chokepoint has no disruption
    }

    [Fact]
    public void Transfer_ChargesHubEmissionsAtCarbonPrice()
    {
        var d = Chain().Build();
        var model = new CostModel(d, new CostParameters { CarbonPriceUsdPerTonneCo2 = 200, HubCo2KgPerTonne = 2, TransferHours = 5 });
        var t = model.Transfer(d.FindCommodity("metal")!);

        Assert.Equal(2, t.Co2Kg);
        Assert.Equal(0.4 + 5, t.GeneralisedUsd, 9);
    }

    [Fact]
    public void Origin_ChargesHandlingOfTheFirstNode()
    {
        var d = Chain().Build();
        var model = new CostModel(d, new CostParameters { PoliticalDisruptionsPerYearAtWorst = 0 });
        var o = model.Origin(d.Network.NodeIndex("A"), d.FindCommodity("metal")!);

        Assert.Equal(5, o.MoneyUsd);
        Assert.Equal(2, o.Hours);
        Assert.Equal(7, o.GeneralisedUsd, 9);
    }

    [Fact]
    public void Allowed_CommodityAndQueryRestrictions_AreRespected()
    {
        var d = new TinyDataset()
            .Node("A").Node("P", kind: NodeKind.Port).Node("L", kind: NodeKind.Port, licensed: ["7"]).Node("R", country: "RU")
            .Link("A", "P", Mode.Rail).Link("A", "L", Mode.Air).Link("L", "R", Mode.Sea, chokepoints: ["suez"])
            .Commodity("u3o8", forbidden: [Mode.Air], hazard: "7", licensedOnly: true)
            .Commodity("ga").Build();
        var model = new CostModel(d);
        var u = d.FindCommodity("u3o8")!;
        var ga = d.FindCommodity("ga")!;
        var none = RouteConstraints.None;

        Assert.False(model.Allowed(ArcOf(d, "A", "P"), u, none)); // P is not licensed for class 7
        Assert.True(model.Allowed(ArcOf(d, "A", "P"), ga, none));
        Assert.False(model.Allowed(ArcOf(d, "A", "L"), u, none)); // uranium does not fly
        Assert.True(model.Allowed(ArcOf(d, "L", "R"), u, none));
        Assert.False(model.Allowed(ArcOf(d, "L", "R"), u, new RouteConstraints { AvoidCountries = ["ru"] }));
        Assert.False(model.Allowed(ArcOf(d, "L", "R"), u, new RouteConstraints { AvoidChokepoints = ["suez"] }));
        Assert.False(model.Allowed(ArcOf(d, "A", "L"), ga, new RouteConstraints { AvoidModes = [Mode.Air] }));
        Assert.False(model.Allowed(ArcOf(d, "A", "P"), ga, new RouteConstraints { AvoidNodes = ["P"] }));
    }
}
