using Caravan.Core.Assignment;

namespace Caravan.Core.Tests.Assignment;

/// <summary>Stopping (cancellation, time and iteration limits), progress, determinism, warm starts and the Frank–Wolfe baseline.</summary>
public sealed class EngineBehaviourTests
{
    [Fact]
    public void Solve_CancelledBeforeStart_ReturnsCancelledWithAllDemandLoaded()
    {
        var tntp = TntpData.Load("SiouxFalls", "SiouxFalls");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var result = EquilibriumAssignment.Solve(tntp.Problem, new AssignmentOptions { RelativeGap = 0 }, cancellationToken: cancel.Token);

        Assert.Equal(AssignmentStatus.Cancelled, result.Status);
        Assert.Equal(0, result.Iterations);
        AssertZoneBalance(tntp.Problem, result);
    }

    [Fact]
    public void Solve_CancelledFromProgress_StopsWithinTheNextIteration()
    {
        var tntp = TntpData.Load("Barcelona", "Barcelona");
        using var cancel = new CancellationTokenSource();
        var reports = new List<AssignmentProgress>();
        var progress = new ProgressCallback(p =>
        {
            reports.Add(p);
            if (p.Iteration == 2)
                cancel.Cancel();
        });

        var result = EquilibriumAssignment.Solve(tntp.Problem, new AssignmentOptions { RelativeGap = 0 }, progress, cancel.Token);

        Assert.Equal(AssignmentStatus.Cancelled, result.Status);
        Assert.InRange(result.Iterations, 2, 3);
        Assert.Equal([0, 1, 2], reports.Take(3).Select(r => r.Iteration));
        Assert.True(reports[1].RelativeGap < reports[0].RelativeGap);
        AssertZoneBalance(tntp.Problem, result);
    }

    [Fact]
    public void Solve_ZeroTimeLimit_ReturnsTheInitialLoadingAsTimeLimit()
    {
        var tntp = TntpData.Load("Anaheim", "Anaheim");

        var result = EquilibriumAssignment.Solve(tntp.Problem, new AssignmentOptions { RelativeGap = 0, TimeLimit = TimeSpan.Zero });

        Assert.Equal(AssignmentStatus.TimeLimit, result.Status);
        Assert.True(result.RelativeGap > 0);
        AssertZoneBalance(tntp.Problem, result);
    }

    [Fact]
    public void Solve_IterationLimit_StopsThere()
    {
        var tntp = TntpData.Load("SiouxFalls", "SiouxFalls");

        var result = EquilibriumAssignment.Solve(tntp.Problem, new AssignmentOptions { RelativeGap = 0, MaxIterations = 3 });

        Assert.Equal(AssignmentStatus.IterationLimit, result.Status);
        Assert.Equal(3, result.Iterations);
    }

    [Fact]
    public void Solve_SameInputTwiceAndOnAnyThreadCount_GivesIdenticalFlows()
    {
        var tntp = TntpData.Load("Barcelona", "Barcelona");
        var options = new AssignmentOptions { RelativeGap = 1e-5 };

        var one = EquilibriumAssignment.Solve(tntp.Problem, options with { MaxDegreeOfParallelism = 1 });
        var again = EquilibriumAssignment.Solve(tntp.Problem, options with { MaxDegreeOfParallelism = 1 });
        var two = EquilibriumAssignment.Solve(tntp.Problem, options with { MaxDegreeOfParallelism = 2 });
        var four = EquilibriumAssignment.Solve(tntp.Problem, options with { MaxDegreeOfParallelism = 4 });

        Assert.Equal(one.ArcFlow, again.ArcFlow);
        Assert.Equal(one.ArcFlow, two.ArcFlow);
        Assert.Equal(one.ArcFlow, four.ArcFlow);
        Assert.Equal(one.RelativeGap, four.RelativeGap);
        Assert.Equal(one.Iterations, four.Iterations);
    }

    [Fact]
    public void Solve_WarmStartAfterDemandGrows_ConvergesToTheColdSolutionInFewerIterations()
    {
        var tntp = TntpData.Load("SiouxFalls", "SiouxFalls");
        var options = new AssignmentOptions { RelativeGap = 1e-8 };
        var first = EquilibriumAssignment.Solve(tntp.Problem, options);
        var grown = Scaled(tntp.Problem, 1.1);

        var cold = EquilibriumAssignment.Solve(grown, options);
        var warm = EquilibriumAssignment.Solve(grown, options with { WarmStart = first.WarmStart });

        Assert.Equal(AssignmentStatus.Converged, warm.Status);
        Assert.True(warm.Iterations < cold.Iterations, $"warm {warm.Iterations} iterations, cold {cold.Iterations}");
        Assert.Equal(cold.ObjectiveValue, warm.ObjectiveValue, 1e-7 * cold.ObjectiveValue);
        AssertZoneBalance(grown, warm);
    }

    [Fact]
    public void Solve_WarmStartWithAnArcNowBarred_KeepsTheClassOffIt()
    {
        var problem = new AssignmentProblem(SmallNetworks.TwoLinks(), [new TravelClass("A", SmallNetworks.OnePair(300))]);
        var first = EquilibriumAssignment.Solve(problem, new AssignmentOptions { RelativeGap = 1e-10 });
        var barred = problem with { Classes = [problem.Classes[0] with { AllowedArcs = [false, true] }] };

        var warm = EquilibriumAssignment.Solve(barred, new AssignmentOptions { RelativeGap = 1e-10, WarmStart = first.WarmStart });

        Assert.Equal(0, warm.ArcFlow[0]);
        Assert.Equal(300, warm.ArcFlow[1], 1e-9);
    }

    [Fact]
    public void Solve_WarmStartFromAnotherNetwork_Throws()
    {
        var first = EquilibriumAssignment.Solve(AssignmentProblem.SingleClass(SmallNetworks.TwoLinks(), SmallNetworks.OnePair(1)));

        Assert.Throws<ArgumentException>(() => EquilibriumAssignment.Solve(
            AssignmentProblem.SingleClass(SmallNetworks.Braess(true), SmallNetworks.OnePair(1)), new AssignmentOptions { WarmStart = first.WarmStart }));
    }

    [Fact]
    public void FrankWolfe_SiouxFalls_ApproachesAlgorithmBsObjectiveFromAbove()
    {
        var tntp = TntpData.Load("SiouxFalls", "SiouxFalls");
        var b = EquilibriumAssignment.Solve(tntp.Problem, new AssignmentOptions { RelativeGap = 1e-10 });

        var fw = EquilibriumAssignment.Solve(tntp.Problem, new AssignmentOptions { Method = AssignmentMethod.FrankWolfe, RelativeGap = 1e-3, MaxIterations = 2000 });

        Assert.Equal(AssignmentStatus.Converged, fw.Status);
        AssertWithinDualityGap(b, fw);
        Assert.Null(fw.WarmStart);
    }

    [Fact]
    public void Solve_SiouxFallsSystemOptimum_CostsLessThanUserEquilibrium()
    {
        var tntp = TntpData.Load("SiouxFalls", "SiouxFalls");

        var ue = EquilibriumAssignment.Solve(tntp.Problem, new AssignmentOptions { RelativeGap = 1e-8 });
        var so = EquilibriumAssignment.Solve(tntp.Problem, new AssignmentOptions { RelativeGap = 1e-8, Objective = AssignmentObjective.SystemOptimum });
        var soByFrankWolfe = EquilibriumAssignment.Solve(tntp.Problem,
            new AssignmentOptions { RelativeGap = 1e-3, Objective = AssignmentObjective.SystemOptimum, Method = AssignmentMethod.FrankWolfe, MaxIterations = 2000 });

        Assert.Equal(AssignmentStatus.Converged, so.Status);
        Assert.True(so.Tstt < ue.Tstt, $"SO {so.Tstt} against UE {ue.Tstt}");
        Assert.Equal(so.Tstt, so.ObjectiveValue);
        AssertWithinDualityGap(so, soByFrankWolfe);
    }

    /// <summary>
    /// The objective is convex, so TSTT − SPTT (on the costs the equilibrium is defined on) bounds how
    /// far a flow's objective can be above the optimum: each solution's objective must lie within the
    /// other's bound. TSTT = SPTT / (1 − gap).
    /// </summary>
    private static void AssertWithinDualityGap(AssignmentResult first, AssignmentResult second)
    {
        static double Bound(AssignmentResult r) => r.Sptt * r.RelativeGap / (1 - r.RelativeGap);
        Assert.True(second.ObjectiveValue - first.ObjectiveValue <= Bound(second) + 1e-9 * first.ObjectiveValue,
            $"{second.ObjectiveValue} is more than {Bound(second)} above {first.ObjectiveValue}");
        Assert.True(first.ObjectiveValue - second.ObjectiveValue <= Bound(first) + 1e-9 * first.ObjectiveValue,
            $"{first.ObjectiveValue} is more than {Bound(first)} above {second.ObjectiveValue}");
    }

    /// <summary>Net flow out of every zone's node equals what it sends minus what it receives: all demand is loaded.</summary>
    internal static void AssertZoneBalance(AssignmentProblem problem, AssignmentResult result)
    {
        var network = problem.Network;
        var balance = new double[network.NodeCount];
        for (var a = 0; a < network.ArcCount; a++)
        {
            balance[network.ArcTail[a]] += result.ArcFlow[a];
            balance[network.ArcHead[a]] -= result.ArcFlow[a];
        }
        var expected = new double[network.NodeCount];
        foreach (var travelClass in problem.Classes)
        {
            for (var o = 0; o < network.ZoneCount; o++)
            {
                var destinations = travelClass.Demand.Destinations(o);
                var volumes = travelClass.Demand.Volumes(o);
                for (var k = 0; k < destinations.Length; k++)
                {
                    expected[network.ZoneNodes[o]] += volumes[k];
                    expected[network.ZoneNodes[destinations[k]]] -= volumes[k];
                }
            }
        }
        var scale = Math.Max(1, problem.Classes.Sum(c => c.Demand.Total));
        for (var n = 0; n < network.NodeCount; n++)
            Assert.True(Math.Abs(balance[n] - expected[n]) <= 1e-9 * scale, $"node {n}: net outflow {balance[n]}, demand says {expected[n]}");
    }

    private static AssignmentProblem Scaled(AssignmentProblem problem, double factor)
    {
        var demand = problem.Classes[0].Demand;
        var entries = new List<(int, int, double)>();
        for (var o = 0; o < demand.ZoneCount; o++)
        {
            var destinations = demand.Destinations(o);
            var volumes = demand.Volumes(o);
            for (var k = 0; k < destinations.Length; k++)
                entries.Add((o, destinations[k], volumes[k] * factor));
        }
        return problem with { Classes = [problem.Classes[0] with { Demand = new DemandMatrix(demand.ZoneCount, entries) }] };
    }

    private sealed class ProgressCallback(Action<AssignmentProgress> action) : IProgress<AssignmentProgress>
    {
        public void Report(AssignmentProgress value) => action(value);
    }
}
