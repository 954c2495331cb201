namespace Caravan.Core.Routing;

/// <summary>How exact the Pareto search is. The defaults are exact; ε or a cap bound the work on large networks.</summary>
public sealed record ParetoOptions
{
    /// <summary>The exact search.</summary>
    public static ParetoOptions Exact { get; } = new();

    /// <summary>
    /// ε ≥ 0: a partial route is dropped when another is within a factor (1 + ε) of it in every
    /// criterion. 0 = exact dominance.
    /// </summary>
    public double Epsilon { get; init; }

    /// <summary>Most partial routes kept per node and incoming mode; null = no cap.</summary>
    public int? CapPerNode { get; init; }
}
