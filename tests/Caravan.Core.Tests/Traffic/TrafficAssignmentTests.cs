using Caravan.Core.Network;
using Caravan.Core.Routing;
using Caravan.Core.Scenarios;
using Caravan.Core.Traffic;

namespace Caravan.Core.Tests.Traffic;

/// <summary>The background freight's assignment on small networks worked by hand.</summary>
public sealed class TrafficAssignmentTests
{
    // A → B direct by a rail line of 1,000 t/day, or round by C with no limit but 20 h and US$10/t longer.
    private static TinyDataset TwoRoutes(double tonnesPerYear) => new TinyDataset()
        .Node("A").Node("B").Node("C")
        .Link("A", "B", hours: 10, cost: 10, capacity: 1000, id: "direct")
        .Link("A", "C", hours: 15, cost: 10).Link("C", "B", hours: 15, cost: 10)
        .Freight("A", "B", tonnesPerYear, valueUsdPerUnit: 50_000);

    private static CorridorTraffic Assign(TinyDataset tiny) => TrafficAssignment.Assign(AppliedScenario.None(tiny.Build()));

    [Fact]
    public void Assign_DemandOverTheDirectLinesCapacity_SplitsUntilBothRoutesCostTheSame()
    {
        var dataset = TwoRoutes(2000 * 365).Build();
        var traffic = TrafficAssignment.Assign(AppliedScenario.None(dataset));
        var network = dataset.Network;
        var direct = Enumerable.Range(0, network.ArcCount).Single(a => network.Links[network.ArcLink[a]].Id == "direct" && !network.ArcReversed[a]);

        Assert.True(traffic.RelativeGap <= 1e-6, $"gap {traffic.RelativeGap}");
        Assert.InRange(traffic.ArcLoad[direct], 1, 1999);
        Assert.True(traffic.ArcDelayHours[direct] > 0);
        var element = Assert.Single(traffic.Elements, e => e.Id == "direct" && e.Direction == "A → B");
        Assert.Equal(traffic.ArcLoad[direct] / 1000, element.Utilisation, 9);
        Assert.Equal(traffic.ArcLoad[direct] * 365, element.TonnesPerYear, 6);
        Assert.True(element.CongestionValueUsdPerYear > 0);
    }

    [Fact]
    public void Assign_LightDemand_StaysOnTheDirectLineWithLittleDelay()
    {
        var traffic = Assign(TwoRoutes(100 * 365));
        var element = Assert.Single(traffic.Elements, e => e.Id == "direct" && e.Direction == "A → B");
        Assert.Equal(100, element.Volume, 6);
        Assert.True(element.DelayHours < 0.01);
    }

    [Fact]
    public void Assign_MoreDemand_MoreDelay()
    {
        double Delay(double perDay) => Assign(TwoRoutes(perDay * 365)).Elements.Single(e => e.Id == "direct" && e.Direction == "A → B").DelayHours;
        Assert.True(Delay(500) < Delay(1000));
        Assert.True(Delay(1000) < Delay(3000));
    }

    [Fact]
    public void Assign_PortWithCapacity_QueuesAndStaysFiniteAboveCapacity()
    {
        CorridorTraffic Through(double perDay) => Assign(new TinyDataset()
            .Node("A").Node("P", kind: NodeKind.Port, edit: n => n with { CapacityTonnesPerDay = 1000 }).Node("B", country: "AZ")
            .Link("A", "P").Link("P", "B", Mode.Ferry, countries: ["KZ", "AZ"])
            .Freight("A", "B", perDay * 365));
        var below = Through(500).Elements.Single(e => e.Id == "P");
        var above = Through(1500).Elements.Single(e => e.Id == "P");

        Assert.Equal("port", below.Kind);
        Assert.Equal(0.5, below.Utilisation, 9);
        Assert.True(above.DelayHours > below.DelayHours);
        Assert.True(double.IsFinite(above.DelayHours) && above.Utilisation > 1);
    }

    [Fact]
    public void Assign_OriginRemovedByTheScenario_Unserved()
    {
        var dataset = TwoRoutes(1000).Build();
        var applied = new AppliedScenario(dataset.With(nodes: dataset.Nodes.Where(n => n.Id != "A").ToArray(),
            links: dataset.Links.Where(l => l.From != "A" && l.To != "A").ToArray()), ["x"], ["A"], [], [], []);
        var traffic = TrafficAssignment.Assign(applied);
        var unserved = Assert.Single(traffic.Unserved);
        Assert.Equal(("A", "B", 1000.0), (unserved.Origin, unserved.Destination, unserved.QuantityPerYear));
    }

    [Fact]
    public void Assign_LiquidsOnlyTerminal_CarriesOnlyLiquids()
    {
        var tiny = new TinyDataset()
            .Node("A").Node("OIL", kind: NodeKind.Port, edit: n => n with { CargoClasses = [CargoClass.Liquid] }).Node("B")
            .Link("A", "OIL", hours: 1, cost: 1).Link("OIL", "B", hours: 1, cost: 1)
            .Link("A", "B", hours: 100, cost: 100, id: "long");
        var dataset = tiny.Freight("A", "B", 365, CargoClass.Bulk).Freight("A", "B", 730, CargoClass.Liquid).Build();
        var traffic = TrafficAssignment.Assign(AppliedScenario.None(dataset));
        var network = dataset.Network;
        var arc = (string id) => Enumerable.Range(0, network.ArcCount).Single(a => network.Links[network.ArcLink[a]].Id == id && !network.ArcReversed[a]);

        Assert.Equal(1, traffic.ArcLoad[arc("long")], 6);          // the bulk goes the long way
        Assert.Equal(2, traffic.ArcLoad[arc("A-OIL-rail")], 6);    // the liquids through the terminal
    }

    [Fact]
    public void Corridors_ATonneCrossingSeveralLinksOfAFamily_CountedOnceAtItsCut()
    {
        var traffic = Assign(new TinyDataset()
            .Node("KZ1").Node("RU1", country: "RU").Node("RU2", country: "RU").Node("BY1", country: "BY")
            .Link("KZ1", "RU1", countries: ["KZ", "RU"]).Link("RU1", "RU2").Link("RU2", "BY1", countries: ["RU", "BY"])
            .Freight("KZ1", "BY1", 1000).Freight("KZ1", "BY1", 10, CargoClass.Container, 20_000));
        var north = traffic.Corridors.Single(c => c.Family == "north");
        Assert.Equal(1000 + 10 * CargoTraits.TeuCargoTonnes, north.TonnesPerYear, 6);
        Assert.Equal(10, north.TeuPerYear, 6);
        Assert.Equal(0, traffic.CorridorTonnes("west"));
    }

    [Fact]
    public void Assign_NoFreightOrSwitchedOff_EmptyLoads()
    {
        var dataset = TwoRoutes(2000 * 365).Build();
        var off = TrafficAssignment.Assign(AppliedScenario.None(dataset), TrafficOptions.Default with { Enabled = false });
        Assert.All(off.ArcLoad, load => Assert.Equal(0, load));
        Assert.Empty(off.Elements);
        var none = TrafficAssignment.Assign(AppliedScenario.None(new TinyDataset().Node("A").Node("B").Link("A", "B").Build()));
        Assert.Empty(none.Corridors);
    }

    [Fact]
    public void Route_OverACongestedLine_PaysTheQueueingHours()
    {
        var tiny = TwoRoutes(2000 * 365).Commodity("ore").Supply("A", "ore", 1).Demand("B", "ore", 1);
        var applied = AppliedScenario.None(tiny.Build());
        var empty = new RoutePlanner(new CostModel(applied.Dataset)).Best(new RouteRequest("A", "B", applied.Dataset.FindCommodity("ore")!)).Best!;
        var loaded = new RoutePlanner(new CostModel(applied.Dataset, null, applied.Traffic)).Best(new RouteRequest("A", "B", applied.Dataset.FindCommodity("ore")!)).Best!;

        Assert.Equal(0, empty.Breakdown.CongestionHours);
        Assert.True(loaded.Breakdown.CongestionHours > 0);
        Assert.Equal(empty.Hours + loaded.Breakdown.CongestionHours, loaded.Hours, 6);
        Assert.Contains(loaded.Legs, l => l.CongestionHours > 0);
    }

    [Fact]
    public void Options_OutOfRange_Rejected()
    {
        Assert.Throws<ArgumentException>(() => (TrafficOptions.Default with { BprBeta = 0.5 }).Validated());
        Assert.Throws<ArgumentException>(() => (TrafficOptions.Default with { RelativeGap = 0 }).Validated());
        Assert.Throws<ArgumentException>(() => (TrafficOptions.Default with { DemandFactor = -1 }).Validated());
    }
}
