namespace Caravan.Optimization.Flows;

/// <summary>The LP solvers linked into OR-Tools 9.15 for .NET (measured in docs/performance.md).</summary>
public enum LpBackend
{
    /// <summary>
    /// Chosen by size (the default): CLP up to <see cref="FlowSolverOptions.LargeLpVariables"/> flow
    /// variables; above it GLOP when capacity duals are wanted, HiGHS when not. Measured on a quiet
    /// machine (docs/performance.md): CLP is fastest up to 20k variables; at 40k–100k multi-commodity
    /// variables HiGHS is the fastest exact primal solve and GLOP the fastest with duals (HiGHS needs a
    /// second, dual solve: 3–4× its primal time); CLP falls 3× behind at 40k and past 40 s at 100k.
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
