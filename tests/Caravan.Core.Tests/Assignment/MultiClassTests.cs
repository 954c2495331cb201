using Caravan.Core.Assignment;

namespace Caravan.Core.Tests.Assignment;

/// <summary>Classes with their own demand, allowed arcs and fixed costs, sharing congestion through the total flow.</summary>
public sealed class MultiClassTests
{
    private static readonly AssignmentOptions Tight = new() { RelativeGap = 1e-12, MaxIterations = 1000 };

    [Fact]
    public void Solve_ClassBarredFromAnArc_UsesOnlyTheOtherAndCongestsIt()
    {
        // Class B (100) may not use arc 0, so it all takes arc 1; class A (200) then balances the
        // two arcs on the total flow: 10 + 0.1 x = 15 + 0.075 (300 − x) ⇒ x = 157.142857…
        var problem = new AssignmentProblem(SmallNetworks.TwoLinks(),
        [
            new TravelClass("A", SmallNetworks.OnePair(200)),
            new TravelClass("B", SmallNetworks.OnePair(100)) { AllowedArcs = [false, true] },
        ]);

        var result = EquilibriumAssignment.Solve(problem, Tight);

        Assert.Equal(AssignmentStatus.Converged, result.Status);
        Assert.Equal(0, result.ClassArcFlow[1][0]);
        Assert.Equal(100, result.ClassArcFlow[1][1], 1e-9);
        Assert.Equal(27.5 / 0.175, result.ClassArcFlow[0][0], 1e-6);
        Assert.Equal(200 - 27.5 / 0.175, result.ClassArcFlow[0][1], 1e-6);
        Assert.Equal(result.ClassArcFlow[0][1] + result.ClassArcFlow[1][1], result.ArcFlow[1], 1e-9);
        Assert.Equal(double.PositiveInfinity, result.ClassArcCost[1][0]);
    }

    [Fact]
    public void Solve_TolledClassAlone_BalancesTimePlusToll()
    {
        // A fixed cost of 5 on arc 0: 10 + 0.1 x + 5 = 15 + 0.075 (300 − x) ⇒ x = 22.5 / 0.175 = 128.571…
        var problem = new AssignmentProblem(SmallNetworks.TwoLinks(),
            [new TravelClass("tolled", SmallNetworks.OnePair(300)) { FixedCost = [5.0, 0.0] }]);

        var result = EquilibriumAssignment.Solve(problem, Tight);

        Assert.Equal(22.5 / 0.175, result.ArcFlow[0], 1e-6);
        Assert.Equal(result.ClassArcCost[0][0], result.ClassArcCost[0][1], 1e-9);
        var x1 = 22.5 / 0.175;
        var x2 = 300 - x1;
        var objective = 10 * x1 + 0.1 * x1 * x1 / 2 + 15 * x2 + 0.075 * x2 * x2 / 2 + 5 * x1;
        Assert.Equal(objective, result.ObjectiveValue, 1e-6 * objective);
    }

    [Fact]
    public void Solve_TollOnOneClassOnly_TheTolledClassAvoidsTheTolledArc()
    {
        // Untolled class N (200) equalises the times at x = 157.14 on arc 0; there the tolled class T
        // (100) would pay 25.71 + 5 on arc 0 against 25.71 on arc 1, so it takes arc 1 only.
        var problem = new AssignmentProblem(SmallNetworks.TwoLinks(),
        [
            new TravelClass("N", SmallNetworks.OnePair(200)),
            new TravelClass("T", SmallNetworks.OnePair(100)) { FixedCost = [5.0, 0.0] },
        ]);

        var result = EquilibriumAssignment.Solve(problem, Tight);

        Assert.Equal(0, result.ClassArcFlow[1][0], 1e-9);
        Assert.Equal(100, result.ClassArcFlow[1][1], 1e-9);
        Assert.Equal(27.5 / 0.175, result.ArcFlow[0], 1e-6);
        Assert.Equal(result.ArcTime[0], result.ArcTime[1], 1e-9);
    }

    [Fact]
    public void Solve_TwoIdenticalClasses_SplitLikeOneClassOfTheirSum()
    {
        var network = SmallNetworks.Braess(bridge: true);
        var single = EquilibriumAssignment.Solve(AssignmentProblem.SingleClass(network, SmallNetworks.OnePair(6)), Tight);
        var split = EquilibriumAssignment.Solve(new AssignmentProblem(network,
            [new TravelClass("a", SmallNetworks.OnePair(2)), new TravelClass("b", SmallNetworks.OnePair(4))]), Tight);

        for (var a = 0; a < network.ArcCount; a++)
            Assert.Equal(single.ArcFlow[a], split.ArcFlow[a], 1e-6);
        Assert.Equal(single.ObjectiveValue, split.ObjectiveValue, 1e-6);
    }

    [Fact]
    public void Solve_ClassWithNoPath_IsInfeasibleOrSkipped()
    {
        var problem = new AssignmentProblem(SmallNetworks.TwoLinks(),
        [
            new TravelClass("A", SmallNetworks.OnePair(200)),
            new TravelClass("B", SmallNetworks.OnePair(100)) { AllowedArcs = [false, false] },
        ]);

        var failed = EquilibriumAssignment.Solve(problem, Tight);
        var skipped = EquilibriumAssignment.Solve(problem, Tight with { SkipUnreachableDemand = true });

        Assert.Equal(AssignmentStatus.Infeasible, failed.Status);
        var missing = Assert.Single(failed.Unreachable);
        Assert.Equal(new UnreachableDemand(1, 0, 1, 100), missing);
        Assert.Equal(AssignmentStatus.Converged, skipped.Status);
        Assert.Single(skipped.Unreachable);
        Assert.Equal(200, skipped.ArcFlow.Sum(), 1e-9);
    }

    [Fact]
    public void Solve_ClassArraysOfTheWrongLength_Throw()
    {
        var problem = new AssignmentProblem(SmallNetworks.TwoLinks(),
            [new TravelClass("A", SmallNetworks.OnePair(1)) { FixedCost = [1.0] }]);

        Assert.Throws<ArgumentException>(() => EquilibriumAssignment.Solve(problem));
    }
}
