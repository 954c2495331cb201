namespace Caravan.Optimization.Investment;

/// <summary>How a solve ended, in our words rather than the solver's.</summary>
public enum InvestmentStatus
{
    /// <summary>Proven optimal within the gap asked for.</summary>
    Optimal,
    /// <summary>A portfolio was found but not proven optimal before the time limit.</summary>
    Feasible,
    /// <summary>No portfolio meets the budgets and rules (e.g. a yearly budget below every schedule of a required project).</summary>
    Infeasible,
    /// <summary>The time limit passed before any portfolio was found.</summary>
    NoSolutionInTime,
    /// <summary>The named solver is not in this OR-Tools build.</summary>
    SolverUnavailable,
    /// <summary>The solver failed (numerical trouble, invalid model).</summary>
    Failed,
}
