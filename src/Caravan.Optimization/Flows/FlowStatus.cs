namespace Caravan.Optimization.Flows;

/// <summary>How a solve ended, whatever the solver: every OR-Tools status maps to one of these.</summary>
public enum FlowStatus
{
    /// <summary>Proven optimal.</summary>
    Optimal,
    /// <summary>
    /// Stopped at the time limit: with the best flow found when there is one (<see cref="FlowSolution.HasFlow"/>),
    /// and <see cref="FlowSolution.BestBound"/> bounding the optimum where the solver gives one.
    /// </summary>
    TimeLimit,
    /// <summary>No flow meets the constraints (possible only when unmet demand is not allowed).</summary>
    Infeasible,
    /// <summary>Cost can fall without end (a negative-cost cycle of unlimited capacity).</summary>
    Unbounded,
    /// <summary>Supplies and demands do not balance where the solver needs them to (strict min-cost flow).</summary>
    Unbalanced,
    /// <summary>The solver failed or the numbers cannot be represented (see <see cref="FlowSolution.Message"/>).</summary>
    Error,
    /// <summary>Stopped through <see cref="FlowSolverOptions.Cancellation"/> before an answer.</summary>
    Cancelled,
}
