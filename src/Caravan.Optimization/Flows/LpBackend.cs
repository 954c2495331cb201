namespace Caravan.Optimization.Flows;

/// <summary>The LP solvers linked into OR-Tools 9.15 for .NET (measured in docs/performance-flows.md).</summary>
public enum LpBackend
{
    /// <summary>HiGHS dual simplex / IPM (OR-Tools id "HIGHS"). The default: fastest on our instances.</summary>
    Highs,
    /// <summary>Google's primal/dual simplex (id "GLOP").</summary>
    Glop,
    /// <summary>COIN-OR CLP simplex (id "CLP").</summary>
    Clp,
    /// <summary>Primal-dual hybrid gradient, a first-order method: approximate optimum (id "PDLP").</summary>
    Pdlp,
}
