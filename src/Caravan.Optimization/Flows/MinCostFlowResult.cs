namespace Caravan.Optimization.Flows;

/// <summary>What an integer min-cost flow engine returns: status, flow per arc, total cost in its units.</summary>
internal sealed record MinCostFlowResult(FlowStatus Status, string? Explanation, long[] Flow, long Cost)
{
    public static MinCostFlowResult Failed(FlowStatus status, string explanation) => new(status, explanation, [], 0);
}
