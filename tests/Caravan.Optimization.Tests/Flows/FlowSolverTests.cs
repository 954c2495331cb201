using Caravan.Optimization.Flows;

namespace Caravan.Optimization.Tests.Flows;

public sealed class FlowSolverTests
{
    private static readonly FlowSolverOptions Mcf = new() { Method = FlowMethod.MinCostFlow };
    private static readonly FlowSolverOptions Simplex = new() { Method = FlowMethod.NetworkSimplex };

    public static TheoryData<FlowMethod> MinCostFlowEngines => [FlowMethod.MinCostFlow, FlowMethod.NetworkSimplex];

    public static TheoryData<LpBackend> ExactBackends => [LpBackend.Highs, LpBackend.Glop, LpBackend.Clp];

    private static FlowSolverOptions Lp(LpBackend backend) => new() { Method = FlowMethod.LinearProgram, Backend = backend };

    [Theory]
    [MemberData(nameof(MinCostFlowEngines))]
    public void MinCostFlow_OrToolsSample_FindsThePublishedOptimum(FlowMethod engine)
    {
        var solution = FlowSolver.Solve(Instances.OrToolsSample(), new FlowSolverOptions { Method = engine, AllowUnmet = false });

        Assert.Equal(FlowStatus.Optimal, solution.Status);
        Assert.Equal(150, solution.Objective, 9);
    }

    [Theory]
    [MemberData(nameof(ExactBackends))]
    public void LinearProgram_OrToolsSample_FindsThePublishedOptimum(LpBackend backend)
    {
        var solution = FlowSolver.Solve(Instances.OrToolsSample(), Lp(backend) with { AllowUnmet = false });

        Assert.Equal(FlowStatus.Optimal, solution.Status);
        Assert.Equal(150, solution.Objective, 6);
    }

    [Fact]
    public void Pdlp_OrToolsSample_IsCloseToTheOptimum()
    {
        var solution = FlowSolver.Solve(Instances.OrToolsSample(), Lp(LpBackend.Pdlp) with { AllowUnmet = false });

        Assert.True(solution.HasFlow, solution.Message);
        Assert.Equal(150, solution.Objective, 150 * 1e-3);
    }

    [Fact]
    public void Bypass_BothMethods_SplitAtTheCapacityWithDualThree()
    {
        foreach (var options in new[] { Mcf, Simplex, Lp(LpBackend.Highs) })
        {
            var solution = FlowSolver.Solve(Instances.Bypass(), options);

            Assert.Equal(30, solution.Objective, 6);
            Assert.Equal([10.0, 5, 5], solution.Flow[0].Select(f => Math.Round(f, 6)));
            Assert.Equal(3, solution.ArcDual![0], 6);
            Assert.Equal(0, solution.ArcDual[1], 9);
            Assert.Equal(15, solution.Shipped[0][0], 6);
        }
    }

    [Fact]
    public void Bypass_ShortSupply_LeavesDemandUnmetAtThePenalty()
    {
        foreach (var options in new[] { Mcf, Simplex, Lp(LpBackend.Highs) })
        {
            var solution = FlowSolver.Solve(Instances.Bypass(supply: 12, penalty: 100), options);

            // 10 direct (10) + 2 via m (8) + 3 unmet (300).
            Assert.Equal(FlowStatus.Optimal, solution.Status);
            Assert.Equal(318, solution.Objective, 6);
            Assert.Equal(3, solution.Unmet[0][0], 6);
        }
    }

    [Fact]
    public void Bypass_PenaltyBelowTheDetour_LeavesDemandUnmetRatherThanPayTheDetour()
    {
        var solution = FlowSolver.Solve(Instances.Bypass(penalty: 3), Lp(LpBackend.Highs));

        // The detour costs 4/t, the penalty 3/t: 10 direct + 5 unmet = 10 + 15.
        Assert.Equal(25, solution.Objective, 6);
        Assert.Equal(5, solution.Unmet[0][0], 6);
    }

    [Fact]
    public void Bypass_NodeCapacity_BindsAndHasADual()
    {
        foreach (var options in new[] { Mcf, Simplex, Lp(LpBackend.Highs) })
        {
            // m can pass 2 t: 10 direct (10) + 2 via m (8) + 3 unmet at 100 (300).
            var solution = FlowSolver.Solve(Instances.Bypass(mCapacity: 2), options);

            Assert.Equal(318, solution.Objective, 6);
            Assert.Equal(96, solution.NodeDual![1], 6); // one more tonne through m saves 100 − 4
        }
    }

    [Fact]
    public void SharedArc_TwoCommodities_GivesTheCapacityToTheOneWithTheDearerDetour()
    {
        var solution = FlowSolver.Solve(Instances.SharedArc(), FlowSolverOptions.Default);

        Assert.Equal(FlowStatus.Optimal, solution.Status);
        Assert.Equal(40, solution.Objective, 6);
        Assert.Equal(2, solution.Flow[0][0], 6);
        Assert.Equal(8, solution.Flow[1][0], 6);
        Assert.Equal(4, solution.ArcDual![0], 6);
    }

    [Theory]
    [MemberData(nameof(ExactBackends))]
    public void SharedArc_EveryExactBackend_GivesTheSameDual(LpBackend backend)
    {
        var solution = FlowSolver.Solve(Instances.SharedArc(), Lp(backend));

        Assert.Equal(40, solution.Objective, 6);
        Assert.Equal(4, solution.ArcDual![0], 6);
    }

    [Fact]
    public void AutoBackend_PicksClpForSmall_GlopWithDualsAndHighsWithoutForLarge()
    {
        Assert.Equal(LpBackend.Clp, LinearFlowSolver.Resolve(Instances.SharedArc(), FlowSolverOptions.Default));
        Assert.Equal(LpBackend.Highs, LinearFlowSolver.Resolve(Instances.SharedArc(), FlowSolverOptions.Default with { LargeLpVariables = 3, ComputeDuals = false }));
        Assert.Equal(LpBackend.Glop, LinearFlowSolver.Resolve(Instances.SharedArc(), FlowSolverOptions.Default with { LargeLpVariables = 3, ComputeDuals = true }));
        Assert.Equal(LpBackend.Glop, LinearFlowSolver.Resolve(Instances.SharedArc(), FlowSolverOptions.Default with { Backend = LpBackend.Glop }));
    }

    [Fact]
    public void SharedArc_DualByPerturbation_MatchesTheCostChange()
    {
        const double epsilon = 0.5;
        var before = FlowSolver.Solve(Instances.SharedArc(10));
        var after = FlowSolver.Solve(Instances.SharedArc(10 + epsilon));

        Assert.Equal(before.ArcDual![0] * epsilon, before.Objective - after.Objective, 6);
    }

    [Fact]
    public void AllDemandRequired_ShortSupply_IsInfeasibleNotAnException()
    {
        foreach (var options in new[] { Mcf, Simplex, Lp(LpBackend.Highs), Lp(LpBackend.Glop) })
        {
            var solution = FlowSolver.Solve(Instances.Bypass(supply: 12), options with { AllowUnmet = false });

            Assert.Equal(FlowStatus.Infeasible, solution.Status);
            Assert.False(solution.HasFlow);
            Assert.Contains("no flow meets every demand", solution.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(FlowMethod.LinearProgram, LpBackend.Glop)]
    [InlineData(FlowMethod.LinearProgram, LpBackend.Clp)]
    [InlineData(FlowMethod.NetworkSimplex, LpBackend.Auto)]
    public void Cancelled_BeforeTheAnswer_IsCancelledWithoutAFlow(FlowMethod method, LpBackend backend)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var problem = method == FlowMethod.NetworkSimplex ? Instances.Bypass() : Instances.SharedArc();

        var solution = FlowSolver.Solve(problem, new FlowSolverOptions { Method = method, Backend = backend, Cancellation = cancelled.Token });

        Assert.Equal(FlowStatus.Cancelled, solution.Status);
        Assert.False(solution.HasFlow);
    }

    [Theory]
    [MemberData(nameof(MinCostFlowEngines))]
    public void MinCostFlow_TwoCommodities_IsAClearErrorResult(FlowMethod engine)
    {
        var solution = FlowSolver.Solve(Instances.SharedArc(), new FlowSolverOptions { Method = engine });

        Assert.Equal(FlowStatus.Error, solution.Status);
        Assert.Contains("use the LP", solution.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinearProgram_NegativeCycleWithoutCapacity_IsUnbounded()
    {
        var k = new FlowCommodity("x", [-1, -1], [new FlowAmount(0, 1)], [new FlowAmount(1, 1)], 10);
        var problem = new FlowProblem(2, [0, 1], [1, 0], [Instances.Unlimited, Instances.Unlimited], [Instances.Unlimited, Instances.Unlimited], [k]);

        var solution = FlowSolver.Solve(problem, Lp(LpBackend.Glop));

        Assert.True(solution.Status is FlowStatus.Unbounded or FlowStatus.Infeasible, solution.Status.ToString());
        Assert.False(solution.HasFlow);
    }

    [Fact]
    public void IntegerScaling_HugeNumbers_ChoosesCoarserUnitsOrRefuses()
    {
        Assert.Equal(new IntegerScaling(3, 4), IntegerScaling.Choose(1000, 100, 100));
        Assert.Equal(new IntegerScaling(0, 0), IntegerScaling.Choose(1000, 100, 100, integral: true));
        var coarse = IntegerScaling.Choose(1e9, 5e6, 300)!;
        Assert.True(1e9 * coarse.TonneScale * 5e6 * coarse.CostScale * 301 < 4.6e18);
        Assert.Null(IntegerScaling.Choose(1e18, 1e12, 1000));
    }
}
