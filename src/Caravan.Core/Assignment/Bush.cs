using System.Runtime.CompilerServices;

namespace Caravan.Core.Assignment;

/// <summary>
/// One origin's bush for one class (Dial 2006): an acyclic set of arcs reaching every node the
/// origin can reach, carrying all of the origin's demand. Stored compactly: the reached nodes in
/// topological order, and for each node its incoming bush arcs ("slots", CSR by head node) with the
/// origin's flow on each. Arc flows of the network are the sum of all bushes' slot flows.
/// </summary>
internal sealed partial class Bush
{
    private Bush(int classIndex, int originZone, int originNode)
    {
        ClassIndex = classIndex;
        OriginZone = originZone;
        OriginNode = originNode;
    }

    /// <summary>Index of the bush's class.</summary>
    public int ClassIndex { get; }

    /// <summary>The origin zone.</summary>
    public int OriginZone { get; }

    /// <summary>The origin zone's node.</summary>
    public int OriginNode { get; }

    /// <summary>Reached nodes in topological order, the origin first; <see cref="NodeCount"/> are used.</summary>
    public int[] Order { get; private set; } = [];

    /// <summary>Number of reached nodes.</summary>
    public int NodeCount { get; private set; }

    /// <summary>CSR offsets by node (all network nodes): node j's slots are <c>InStart[j] .. InStart[j+1]-1</c>.</summary>
    public int[] InStart { get; private set; } = [];

    /// <summary>The arc of each slot.</summary>
    public int[] InArc { get; private set; } = [];

    /// <summary>The origin's flow on each slot.</summary>
    public double[] InFlow { get; private set; } = [];

    /// <summary>Number of slots in use.</summary>
    public int SlotCount { get; private set; }

    /// <summary>Still worth equilibrating in this iteration's inner passes.</summary>
    public bool Active { get; set; }

    /// <summary>
    /// The bush of the shortest-path tree from the origin at the current costs, loaded with the
    /// origin's demand; null when some destination with demand cannot be reached (listed in <paramref name="unreachable"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: fully optimised from the first call
    public static Bush? FromShortestPaths(AssignmentNetwork network, ClassArcs travelClass, double[] cost, int originZone, Workspace work, List<UnreachableDemand> unreachable)
    {
        var origin = network.ZoneNodes[originZone];
        var reached = ShortestPathTree.Grow(network, travelClass, cost, origin, work);
        var destinations = travelClass.Demand.Destinations(originZone);
        var volumes = travelClass.Demand.Volumes(originZone);
        var ok = true;
        for (var k = 0; k < destinations.Length; k++)
        {
            if (double.IsPositiveInfinity(work.Min[network.ZoneNodes[destinations[k]]]))
            {
                unreachable.Add(new UnreachableDemand(travelClass.Index, originZone, destinations[k], volumes[k]));
                ok = false;
            }
        }
        if (!ok)
            return null;
        var bush = new Bush(travelClass.Index, originZone, origin);
        bush.Order = work.Queue[..reached];
        bush.NodeCount = reached;
        var start = new int[network.NodeCount + 1];
        for (var p = 1; p < reached; p++)
            start[work.Queue[p] + 1] = 1;
        for (var n = 0; n < network.NodeCount; n++)
            start[n + 1] += start[n];
        bush.InStart = start;
        bush.InArc = new int[reached - 1];
        bush.InFlow = new double[reached - 1];
        bush.SlotCount = reached - 1;
        for (var p = 1; p < reached; p++)
        {
            var j = work.Queue[p];
            bush.InArc[start[j]] = work.MinSlot[j];
        }
        bush.Load(network, travelClass, work, keepProportions: false);
        return bush;
    }

    /// <summary>Adds this bush's slot flows to <paramref name="flow"/> (per arc).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop: fully optimised from the first call, not after tiering
    public void AddFlowTo(double[] flow)
    {
        for (var s = 0; s < SlotCount; s++)
            flow[InArc[s]] += InFlow[s];
    }

    /// <summary>Σ slot flow × the class's fixed cost: the bush's share of fixed cost in TSTT and the objective.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: fully optimised from the first call
    public double FixedCostTerm(ClassArcs travelClass)
    {
        var sum = 0.0;
        for (var s = 0; s < SlotCount; s++)
            sum += InFlow[s] * travelClass.Fixed[InArc[s]];
        return sum;
    }

    /// <summary>
    /// Routes the origin's demand through the bush in one pass against topological order. With
    /// <paramref name="keepProportions"/> a node's flow splits over its slots in proportion to their
    /// current flows (all on the first slot where they are all zero); without, all goes to the first slot.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop: fully optimised from the first call, not after tiering
    private void Load(AssignmentNetwork network, ClassArcs travelClass, Workspace work, bool keepProportions)
    {
        var nodeFlow = work.NodeFlow;
        var destinations = travelClass.Demand.Destinations(OriginZone);
        var volumes = travelClass.Demand.Volumes(OriginZone);
        for (var k = 0; k < destinations.Length; k++)
            nodeFlow[network.ZoneNodes[destinations[k]]] += volumes[k];
        for (var p = NodeCount - 1; p > 0; p--)
        {
            var j = Order[p];
            var through = nodeFlow[j];
            nodeFlow[j] = 0;
            var first = InStart[j];
            var last = InStart[j + 1];
            var old = 0.0;
            if (keepProportions)
            {
                for (var s = first; s < last; s++)
                    old += InFlow[s];
            }
            for (var s = first; s < last; s++)
            {
                var share = old > 0 ? through * (InFlow[s] / old) : s == first ? through : 0;
                InFlow[s] = share;
                nodeFlow[network.ArcTail[InArc[s]]] += share;
            }
        }
        nodeFlow[OriginNode] = 0;
    }
}
