namespace Caravan.Optimization.Flows;

/// <summary>The LP solvers linked into OR-Tools 9.15 for .NET (measured in docs/performance.md).</summary>
public enum LpBackend
{
    /// <summary>
    /// Chosen by size (the default): CLP below <see cref="FlowSolverOptions.LargeLpVariables"/> flow
    /// variables, HiGHS above. Measured: on the Eurasia problem with duals CLP and GLOP take 0.03–0.08 s
    /// and HiGHS 0.19 s (its duals need a second solve); on 50k-node problems HiGHS is 37–68× faster
    /// than CLP and GLOP (docs/performance.md).
    /// </summary>
    Auto,
    /// <summary>HiGHS dual simplex (OR-Tools id "HIGHS"): fastest on large problems; duals by a second (dual) solve.</summary>
    Highs,
    /// <summary>Google's primal/dual simplex (id "GLOP").</summary>
    Glop,
    /// <summary>COIN-OR CLP simplex (id "CLP").</summary>
    Clp,
    /// <summary>Primal-dual hybrid gradient, a first-order method: approximate optimum (id "PDLP").</summary>
    Pdlp,
}
