namespace Caravan.Optimization.Flows;

/// <summary>
/// A capacitated multi-commodity min-cost flow in dense indices, the solvers' input. Quantities are
/// tonnes over the period; costs US$ per tonne. Arc capacities are shared by all commodities; a node
/// capacity bounds the tonnes entering the node (arcs in plus supply shipped from it). A capacity may
/// be in another unit (TEU, wagons): each commodity then says how much of it one tonne takes
/// (<see cref="FlowCommodity.ArcCapacityUse"/>).
/// </summary>
public sealed class FlowProblem
{
    /// <summary>Checks sizes and signs; throws <see cref="ArgumentException"/> on a malformed problem (a programmer error).</summary>
    public FlowProblem(int nodeCount, int[] arcTail, int[] arcHead, double[] arcCapacity, double[] nodeCapacity, IReadOnlyList<FlowCommodity> commodities)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        if (arcHead.Length != arcTail.Length || arcCapacity.Length != arcTail.Length)
            throw new ArgumentException("arc arrays differ in length");
        if (nodeCapacity.Length != nodeCount)
            throw new ArgumentException("one node capacity per node");
        for (var a = 0; a < arcTail.Length; a++)
        {
            if ((uint)arcTail[a] >= (uint)nodeCount || (uint)arcHead[a] >= (uint)nodeCount)
                throw new ArgumentException($"arc {a} refers to a node outside 0..{nodeCount - 1}");
            if (!(arcCapacity[a] >= 0))
                throw new ArgumentException($"arc {a} has capacity {arcCapacity[a]}; capacities are ≥ 0 (PositiveInfinity = unlimited)");
        }
        if (nodeCapacity.Any(c => !(c >= 0)))
            throw new ArgumentException("node capacities are ≥ 0 (PositiveInfinity = unlimited)");
        foreach (var k in commodities)
        {
            if (k.ArcCost.Length != arcTail.Length)
                throw new ArgumentException($"commodity '{k.Id}' needs one cost per arc");
            if (k.ArcCapacityUse is { } arcUse && (arcUse.Length != arcTail.Length || arcUse.Any(u => !(u > 0) || double.IsInfinity(u))))
                throw new ArgumentException($"commodity '{k.Id}' needs one finite capacity use > 0 per arc");
            if (k.NodeCapacityUse is { } nodeUse && (nodeUse.Length != nodeCount || nodeUse.Any(u => !(u > 0) || double.IsInfinity(u))))
                throw new ArgumentException($"commodity '{k.Id}' needs one finite capacity use > 0 per node");
            if (k.Supply.Concat(k.Demand).Any(p => (uint)p.Node >= (uint)nodeCount || !(p.Tonnes >= 0) || double.IsInfinity(p.Tonnes)))
                throw new ArgumentException($"commodity '{k.Id}' has a supply or demand outside the nodes or with a bad amount");
        }
        NodeCount = nodeCount;
        ArcTail = arcTail;
        ArcHead = arcHead;
        ArcCapacity = arcCapacity;
        NodeCapacity = nodeCapacity;
        Commodities = commodities;
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount { get; }

    /// <summary>Tail node of each arc.</summary>
    public int[] ArcTail { get; }

    /// <summary>Head node of each arc.</summary>
    public int[] ArcHead { get; }

    /// <summary>Capacity units (tonnes unless a commodity's capacity use says otherwise) each arc has over the period, all commodities together; PositiveInfinity = unlimited.</summary>
    public double[] ArcCapacity { get; }

    /// <summary>Capacity units that may enter each node over the period; PositiveInfinity = unlimited.</summary>
    public double[] NodeCapacity { get; }

    /// <summary>The commodities.</summary>
    public IReadOnlyList<FlowCommodity> Commodities { get; }

    /// <summary>Number of arcs.</summary>
    public int ArcCount => ArcTail.Length;
}
