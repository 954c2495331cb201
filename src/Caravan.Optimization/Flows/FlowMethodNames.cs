namespace Caravan.Optimization.Flows;

/// <summary>The names <c>caravan flow --method</c> and the flows API give the <see cref="FlowMethod"/>s.</summary>
public static class FlowMethodNames
{
    /// <summary>Every name, as written.</summary>
    public static readonly IReadOnlyList<string> All = ["auto", "network-simplex", "cost-scaling", "lp"];

    /// <summary>The method named <paramref name="name"/> (any case), or null when it names none.</summary>
    public static FlowMethod? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "auto" => FlowMethod.Auto,
        "network-simplex" => FlowMethod.NetworkSimplex,
        "cost-scaling" => FlowMethod.MinCostFlow,
        "lp" => FlowMethod.LinearProgram,
        _ => null,
    };
}
