using Caravan.Core.Assignment;

namespace Caravan.Core.Tests.Assignment;

/// <summary>Equilibria worked out by hand: two parallel links (closed forms for UE and SO) and Braess's paradox.</summary>
public sealed class HandComputedTests
{
    private static readonly AssignmentOptions Tight = new() { RelativeGap = 1e-12, MaxIterations = 1000 };

    [Fact]
    public void Solve_TwoParallelLinks_MatchesClosedFormUserEquilibrium()
    {
        // Equal times: 10 + 0.1 x = 15 + 0.075 (300 − x)  ⇒  x = (5 + 22.5) / 0.175 = 157.142857…
        var result = EquilibriumAssignment.Solve(AssignmentProblem.SingleClass(SmallNetworks.TwoLinks(), SmallNetworks.OnePair(300)), Tight);

        Assert.Equal(AssignmentStatus.Converged, result.Status);
        Assert.Equal(27.5 / 0.175, result.ArcFlow[0], 1e-6);
        Assert.Equal(300 - 27.5 / 0.175, result.ArcFlow[1], 1e-6);
        Assert.Equal(result.ArcTime[0], result.ArcTime[1], 1e-9);
        var x1 = 27.5 / 0.175;
        var x2 = 300 - x1;
        var beckmann = 10 * x1 + 0.1 * x1 * x1 / 2 + 15 * x2 + 0.075 * x2 * x2 / 2;
        Assert.Equal(beckmann, result.ObjectiveValue, 1e-6 * beckmann);
        Assert.Equal(x1 * (10 + 0.1 * x1) + x2 * (15 + 0.075 * x2), result.Tstt, 1e-6 * result.Tstt);
    }

    [Fact]
    public void Solve_TwoParallelLinksSystemOptimum_MatchesClosedForm()
    {
        // Equal marginal costs: 10 + 0.2 x = 15 + 0.15 (300 − x)  ⇒  x = (5 + 45) / 0.35 = 142.857…
        var result = EquilibriumAssignment.Solve(AssignmentProblem.SingleClass(SmallNetworks.TwoLinks(), SmallNetworks.OnePair(300)),
            Tight with { Objective = AssignmentObjective.SystemOptimum });

        Assert.Equal(AssignmentStatus.Converged, result.Status);
        Assert.Equal(50 / 0.35, result.ArcFlow[0], 1e-6);
        var x1 = 50 / 0.35;
        var x2 = 300 - x1;
        var total = x1 * (10 + 0.1 * x1) + x2 * (15 + 0.075 * x2);
        Assert.Equal(total, result.ObjectiveValue, 1e-6 * total);
        Assert.Equal(total, result.Tstt, 1e-6 * total);
    }

    [Fact]
    public void Solve_SystemOptimum_CostsNoMoreThanUserEquilibrium()
    {
        var problem = AssignmentProblem.SingleClass(SmallNetworks.TwoLinks(), SmallNetworks.OnePair(300));
        var ue = EquilibriumAssignment.Solve(problem, Tight);
        var so = EquilibriumAssignment.Solve(problem, Tight with { Objective = AssignmentObjective.SystemOptimum });

        Assert.True(so.Tstt < ue.Tstt, $"SO {so.Tstt} should cost less than UE {ue.Tstt}");
    }

    [Fact]
    public void Solve_BraessWithoutBridge_SplitsEvenlyAt83()
    {
        var result = EquilibriumAssignment.Solve(AssignmentProblem.SingleClass(SmallNetworks.Braess(bridge: false), SmallNetworks.OnePair(6)), Tight);

        Assert.Equal(3, result.ArcFlow[0], 1e-6);
        Assert.Equal(3, result.ArcFlow[2], 1e-6);
        Assert.Equal(6 * 83, result.Tstt, 1e-6);
    }

    [Fact]
    public void Solve_BraessWithBridge_EveryoneIsWorseOffAt92()
    {
        // Three paths carry 2 each; each costs 92, more than the 83 without the bridge.
        var result = EquilibriumAssignment.Solve(AssignmentProblem.SingleClass(SmallNetworks.Braess(bridge: true), SmallNetworks.OnePair(6)), Tight);

        Assert.Equal(4, result.ArcFlow[0], 1e-6);
        Assert.Equal(2, result.ArcFlow[1], 1e-6);
        Assert.Equal(2, result.ArcFlow[2], 1e-6);
        Assert.Equal(4, result.ArcFlow[3], 1e-6);
        Assert.Equal(2, result.ArcFlow[4], 1e-6);
        Assert.Equal(6 * 92, result.Tstt, 1e-6);
    }

    [Fact]
    public void Solve_BraessSystemOptimum_LeavesTheBridgeEmpty()
    {
        // Marginal costs at 3/3: 20·3 + 50 + 2·3 = 116 per outer path; the bridge path would cost 60 + 10 + 60 = 130.
        var result = EquilibriumAssignment.Solve(AssignmentProblem.SingleClass(SmallNetworks.Braess(bridge: true), SmallNetworks.OnePair(6)),
            Tight with { Objective = AssignmentObjective.SystemOptimum });

        Assert.Equal(0, result.ArcFlow[4], 1e-6);
        Assert.Equal(3, result.ArcFlow[0], 1e-6);
        Assert.Equal(6 * 83, result.Tstt, 1e-6);
    }

    [Fact]
    public void Solve_ZoneThatIsNotAThroughNode_IsNeverPassedThrough()
    {
        // 0 → 1 → 2 costs 2 but node 1 is a zone that is not a through node; 0 → 3 → 2 costs 10.
        var builder = new AssignmentNetworkBuilder(4);
        builder.AddArc(0, 1, new LinearDelay(1, 0));
        builder.AddArc(1, 2, new LinearDelay(1, 0));
        builder.AddArc(0, 3, new LinearDelay(5, 0));
        builder.AddArc(3, 2, new LinearDelay(5, 0));
        builder.AddZone(0, throughNode: false);
        builder.AddZone(1, throughNode: false);
        builder.AddZone(2, throughNode: false);
        var demand = new DemandMatrix(3, [(0, 2, 10), (0, 1, 4), (1, 2, 3)]);

        var result = EquilibriumAssignment.Solve(AssignmentProblem.SingleClass(builder.Build(), demand), Tight);

        Assert.Equal(AssignmentStatus.Converged, result.Status);
        Assert.Equal(4, result.ArcFlow[0], 1e-9); // only the trips ending at zone 1
        Assert.Equal(3, result.ArcFlow[1], 1e-9); // only the trips starting at zone 1
        Assert.Equal(10, result.ArcFlow[2], 1e-9);
        Assert.Equal(10, result.ArcFlow[3], 1e-9);
    }
}
