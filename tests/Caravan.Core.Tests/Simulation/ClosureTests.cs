using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Simulation;

public sealed class ClosureTests
{
    /// <summary>
    /// S → A → D takes 20 h; S → B → D takes 60 h. Lots every 10 h on a fixed schedule. S is a rail
    /// junction (a hub, not a mine), so a lot at A may turn back through it to take the long way.
    /// </summary>
    private static Dataset TwoRoutes() => new TinyDataset()
        .Node("S")
        .Node("A")
        .Node("B")
        .Node("D", kind: NodeKind.Customer)
        .Link("S", "A", hours: 10)
        .Link("A", "D", hours: 10)
        .Link("S", "B", hours: 30)
        .Link("B", "D", hours: 30)
        .Commodity("ore")
        .Supply("S", "ore", 876)
        .Demand("D", "ore", 876)
        .Build();

    private static SimulationRun Run(double rerouteThresholdHours, params ClosureWindow[] closures) =>
        MonteCarlo.Run(SimulationModel.Compile(TwoRoutes(), new SimulationOptions
        {
            Replications = 1,
            HorizonDays = 60,
            WarmupDays = 0,
            LotTonnes = 1,
            Arrivals = ArrivalProcess.Fixed,
            RerouteThresholdHours = rerouteThresholdHours,
        }, "closure", closures));

    [Fact]
    public void LinkClosedTenDays_RerouteThresholdThreeDays_LotsTakeTheLongWayInstead()
    {
        var run = Run(72, new ClosureWindow("A-D-rail", 10, 10));
        var lead = run.Tally.Ods.Single().LeadDays;
        // Without closure 20 h; rerouted lots take 60 h (from S) or 10 + 10 back + 60 = 80 h (from A).
        Assert.True(run.Result.Manifest.Reroutes > 0);
        Assert.Equal(20.0 / 24, lead.Min, 9);
        Assert.True(lead.Max <= 80.0 / 24 + 1e-9, $"max lead {lead.Max * 24} h");
        // The routing engine is asked once per question, not once per lot: S → D open, and S → D and
        // A → D with the link closed.
        var planner = Assert.IsType<RoutingEnginePlanner>(run.Model.Planner);
        Assert.InRange(planner.Planned, 2, 3);
        Assert.True(run.Result.Manifest.Reroutes > planner.Planned, $"{run.Result.Manifest.Reroutes} re-routes");
    }

    [Fact]
    public void LinkClosedTenDays_ThresholdLongerThanClosure_LotsWaitItOut()
    {
        var run = Run(1000, new ClosureWindow("A-D-rail", 10, 10));
        var lead = run.Tally.Ods.Single().LeadDays;
        // The lot released at 230 h reaches A as the closure starts (240 h), waits until 480 h and
        // arrives at 490 h: 260 h, the longest of all.
        Assert.Equal(0, run.Result.Manifest.Reroutes);
        Assert.Equal(260, lead.Max * 24, 9);
        // Lots reach A every 10 h from 240 h to 470 h: 24 of them queue for the link.
        Assert.Equal(24, run.Result.Resources.Single(r => r.Id == "A-D-rail").MaxQueue);
        Assert.DoesNotContain(run.Result.Resources, r => r.Id == "S-B-rail");
    }

    [Fact]
    public void UnknownClosureTarget_Throws_NamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => Run(72, new ClosureWindow("nowhere", 1, 1)));
        Assert.Contains("nowhere", e.Message);
    }
}
