namespace Caravan.Optimization.Flows;

/// <summary>How to solve: method, LP backend, limits.</summary>
public sealed record FlowSolverOptions
{
    /// <summary>The defaults: automatic method and backend, no time limit, unmet demand allowed, duals computed.</summary>
    public static FlowSolverOptions Default { get; } = new();

    /// <summary>Min-cost flow, LP, or the automatic choice.</summary>
    public FlowMethod Method { get; init; } = FlowMethod.Auto;

    /// <summary>
    /// Arcs up to which <see cref="FlowMethod.Auto"/> sends one commodity to the network simplex rather
    /// than OR-Tools' cost scaling (measured crossover, docs/performance.md).
    /// </summary>
    public int NetworkSimplexMaxArcs { get; init; } = 250_000;

    /// <summary>The LP solver.</summary>
    public LpBackend Backend { get; init; } = LpBackend.Auto;

    /// <summary>Flow variables (commodities × allowed arcs) above which <see cref="LpBackend.Auto"/> leaves CLP (for GLOP with duals, HiGHS without).</summary>
    public int LargeLpVariables { get; init; } = 25_000;

    /// <summary>
    /// Wall-clock limit for the LP and the network simplex (OR-Tools' min-cost flow takes none); null =
    /// none. The result then says <see cref="FlowStatus.TimeLimit"/>.
    /// </summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>
    /// Stops a solve early (a server run that was cancelled): the LP through its solver's interrupt,
    /// the network simplex between pivots; the result is then <see cref="FlowStatus.Cancelled"/>.
    /// OR-Tools' min-cost flow cannot be interrupted and runs to its end.
    /// </summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>True: demand may go unmet at its penalty (always feasible). False: all demand must be met.</summary>
    public bool AllowUnmet { get; init; } = true;

    /// <summary>True: compute capacity duals (for min-cost flow, a shortest-path pass over the residual graph).</summary>
    public bool ComputeDuals { get; init; } = true;
}
