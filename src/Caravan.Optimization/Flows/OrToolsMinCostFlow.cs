using Google.OrTools.Graph;

namespace Caravan.Optimization.Flows;

/// <summary>An <see cref="ExpandedNetwork"/> on OR-Tools' <see cref="MinCostFlow"/> (cost-scaling push-relabel).</summary>
internal static class OrToolsMinCostFlow
{
    public static MinCostFlowResult Solve(ExpandedNetwork network)
    {
        using var mcf = new MinCostFlow(network.NodeCount, network.ArcCount);
        for (var a = 0; a < network.ArcCount; a++)
            mcf.AddArcWithCapacityAndUnitCost(network.Tail[a], network.Head[a], network.Capacity[a], network.Cost[a]);
        for (var v = 0; v < network.NodeCount; v++)
        {
            if (network.Supply[v] != 0)
                mcf.SetNodeSupply(v, network.Supply[v]);
        }
        var status = mcf.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
            return MinCostFlowResult.Failed(Map(status), Explain(status));
        var flow = new long[network.ArcCount];
        for (var a = 0; a < flow.Length; a++)
            flow[a] = mcf.Flow(a);
        return new MinCostFlowResult(FlowStatus.Optimal, null, flow, mcf.OptimalCost());
    }

    private static FlowStatus Map(MinCostFlowBase.Status status) => status switch
    {
        MinCostFlowBase.Status.INFEASIBLE => FlowStatus.Infeasible,
        MinCostFlowBase.Status.UNBALANCED => FlowStatus.Unbalanced,
        _ => FlowStatus.Error,
    };

    private static string Explain(MinCostFlowBase.Status status) => status switch
    {
        MinCostFlowBase.Status.INFEASIBLE => "no flow meets every demand within the capacities and supplies",
        MinCostFlowBase.Status.UNBALANCED => "supplies and demands do not balance",
        MinCostFlowBase.Status.BAD_COST_RANGE => "costs out of the solver's integer range",
        MinCostFlowBase.Status.BAD_RESULT => "the solver returned an inconsistent result",
        _ => $"the solver stopped with status {status}",
    };
}
