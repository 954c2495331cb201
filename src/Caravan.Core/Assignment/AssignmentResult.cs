namespace Caravan.Core.Assignment;

/// <summary>
/// The flow an assignment found, with its quality. Costs are in the network's time unit, flows in
/// its common flow unit.
/// </summary>
public sealed record AssignmentResult
{
    /// <summary>Why the solve stopped.</summary>
    public required AssignmentStatus Status { get; init; }

    /// <summary>What was solved for.</summary>
    public required AssignmentObjective Objective { get; init; }

    /// <summary>
    /// (TSTT − SPTT) / TSTT on the costs the equilibrium is defined on (travel times plus fixed
    /// costs; marginal costs for the system optimum).
    /// </summary>
    public required double RelativeGap { get; init; }

    /// <summary>
    /// The objective minimised: for user equilibrium the Beckmann objective Σₐ ∫₀^{vₐ} tₐ + Σₖ Σₐ xₐᵏ cₐᵏ
    /// (cₐᵏ the class's fixed cost); for the system optimum the total cost, Σₐ vₐ tₐ(vₐ) + Σₖ Σₐ xₐᵏ cₐᵏ.
    /// </summary>
    public required double ObjectiveValue { get; init; }

    /// <summary>Total system travel cost Σₖ Σₐ xₐᵏ (tₐ(vₐ) + cₐᵏ).</summary>
    public required double Tstt { get; init; }

    /// <summary>Shortest-path travel cost: all demand at the current shortest-path costs (marginal costs for the system optimum).</summary>
    public required double Sptt { get; init; }

    /// <summary>Iterations done.</summary>
    public required int Iterations { get; init; }

    /// <summary>Wall time of the solve.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Total flow per arc, in the common unit.</summary>
    public required double[] ArcFlow { get; init; }

    /// <summary>Travel time tₐ(vₐ) per arc (without any class's fixed cost).</summary>
    public required double[] ArcTime { get; init; }

    /// <summary>Flow per class and arc: <c>ClassArcFlow[k][a]</c>.</summary>
    public required double[][] ClassArcFlow { get; init; }

    /// <summary>Threads used.</summary>
    public required int Threads { get; init; }

    /// <summary>Cost per class and arc, <c>ClassArcCost[k][a]</c>: travel time plus the class's fixed cost; +∞ where the class may not use the arc.</summary>
    public required double[][] ClassArcCost { get; init; }

    /// <summary>
    /// Origin–destination pairs with demand but no usable path: the status is
    /// <see cref="AssignmentStatus.Infeasible"/> and no flow is loaded, unless
    /// <see cref="AssignmentOptions.SkipUnreachableDemand"/> left them out of an otherwise normal solve.
    /// </summary>
    public IReadOnlyList<UnreachableDemand> Unreachable { get; init; } = [];

    /// <summary>The solver state, to warm-start a later solve of a changed problem on the same network and classes; null for Frank–Wolfe or an infeasible problem.</summary>
    public AssignmentWarmStart? WarmStart { get; init; }
}
