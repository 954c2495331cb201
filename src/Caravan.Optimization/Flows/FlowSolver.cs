namespace Caravan.Optimization.Flows;

/// <summary>The one entry point to the solvers: min-cost flow for one commodity, the LP for more.</summary>
public static class FlowSolver
{
    /// <summary>Solves <paramref name="problem"/>; every outcome, including failure, is a <see cref="FlowSolution"/>.</summary>
    public static FlowSolution Solve(FlowProblem problem, FlowSolverOptions? options = null)
    {
        options ??= FlowSolverOptions.Default;
        var method = options.Method == FlowMethod.Auto ? Choose(problem, options) : options.Method;
        var singleCommodity = method is FlowMethod.MinCostFlow or FlowMethod.NetworkSimplex;
        if (singleCommodity && problem.Commodities.Count != 1)
            return FlowSolution.Failed(problem, FlowStatus.Error, NetworkFlowSolver.SolverName(method),
                $"min-cost flow takes one commodity; this problem has {problem.Commodities.Count}: use the LP", TimeSpan.Zero);
        if (problem.Commodities.Count == 0)
            return new FlowSolution(FlowStatus.Optimal, "none", "no commodities", 0, null, [], [], [], new double[problem.ArcCount], new double[problem.NodeCount], TimeSpan.Zero);
        if (!singleCommodity)
            return LinearFlowSolver.Solve(problem, options);
        var solution = NetworkFlowSolver.Solve(problem, options, method);
        // The simplex's big-M start needs more integer headroom than cost scaling, and its pivot count
        // is capped: on either error, cost scaling takes over.
        return options.Method == FlowMethod.Auto && method == FlowMethod.NetworkSimplex && solution.Status == FlowStatus.Error
            ? NetworkFlowSolver.Solve(problem, options, FlowMethod.MinCostFlow)
            : solution;
    }

    private static FlowMethod Choose(FlowProblem problem, FlowSolverOptions options) => problem.Commodities.Count != 1
        ? FlowMethod.LinearProgram
        : problem.ArcCount <= options.NetworkSimplexMaxArcs ? FlowMethod.NetworkSimplex : FlowMethod.MinCostFlow;
}
