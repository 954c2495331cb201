namespace Caravan.Optimization.Flows;

/// <summary>The one entry point to the solvers: min-cost flow for one commodity, the LP for more.</summary>
public static class FlowSolver
{
    /// <summary>Solves <paramref name="problem"/>; every outcome, including failure, is a <see cref="FlowSolution"/>.</summary>
    public static FlowSolution Solve(FlowProblem problem, FlowSolverOptions? options = null)
    {
        options ??= FlowSolverOptions.Default;
        var method = options.Method == FlowMethod.Auto
            ? problem.Commodities.Count == 1 ? FlowMethod.MinCostFlow : FlowMethod.LinearProgram
            : options.Method;
        if (method == FlowMethod.MinCostFlow && problem.Commodities.Count != 1)
            return FlowSolution.Failed(problem, FlowStatus.Error, "or-tools min-cost flow",
                $"min-cost flow takes one commodity; this problem has {problem.Commodities.Count}: use the LP", TimeSpan.Zero);
        if (problem.Commodities.Count == 0)
            return new FlowSolution(FlowStatus.Optimal, "none", "no commodities", 0, null, [], [], [], new double[problem.ArcCount], new double[problem.NodeCount], TimeSpan.Zero);
        return method == FlowMethod.MinCostFlow ? NetworkFlowSolver.Solve(problem, options) : LinearFlowSolver.Solve(problem, options);
    }
}
