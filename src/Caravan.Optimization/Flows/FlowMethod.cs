namespace Caravan.Optimization.Flows;

/// <summary>Which formulation solves a flow problem.</summary>
public enum FlowMethod
{
    /// <summary>
    /// One commodity: the network simplex up to <see cref="FlowSolverOptions.NetworkSimplexMaxArcs"/>
    /// arcs, OR-Tools' min-cost flow above (and wherever costs leave the simplex's integer range);
    /// more commodities: the LP.
    /// </summary>
    Auto,
    /// <summary>OR-Tools min-cost flow (cost-scaling push-relabel, integer); one commodity only.</summary>
    MinCostFlow,
    /// <summary>The linear program, on the chosen <see cref="LpBackend"/>.</summary>
    LinearProgram,
    /// <summary>Caravan's primal network simplex (integer); one commodity only.</summary>
    NetworkSimplex,
}
