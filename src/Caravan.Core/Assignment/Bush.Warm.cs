namespace Caravan.Core.Assignment;

internal sealed partial class Bush
{
    /// <summary>A copy whose arrays this bush no longer shares.</summary>
    public Bush Copy() => new(ClassIndex, OriginZone, OriginNode)
    {
        Order = Order[..NodeCount],
        NodeCount = NodeCount,
        InStart = (int[])InStart.Clone(),
        InArc = InArc[..SlotCount],
        InFlow = InFlow[..SlotCount],
        SlotCount = SlotCount,
    };

    /// <summary>
    /// Starts from a saved bush on a changed problem: keeps the arcs the class may still use and the
    /// way each node's flow splits over them, and loads the new demand in those proportions. Falls
    /// back to a fresh shortest-path bush when the reachable nodes changed or a node lost all its
    /// bush arcs; null when some destination cannot be reached (listed in <paramref name="unreachable"/>).
    /// </summary>
    public static Bush? Restore(Bush saved, AssignmentNetwork network, ClassArcs travelClass, double[] cost, Workspace work, List<UnreachableDemand> unreachable)
    {
        var reached = ShortestPathTree.Grow(network, travelClass, cost, saved.OriginNode, work);
        var same = reached == saved.NodeCount;
        for (var p = 0; same && p < saved.NodeCount; p++)
            same = !double.IsPositiveInfinity(work.Min[saved.Order[p]]);
        if (!same)
            return FromShortestPaths(network, travelClass, cost, saved.OriginZone, work, unreachable);

        var bush = saved.Copy();
        var count = 0;
        for (var p = 1; p < bush.NodeCount; p++)
        {
            var j = bush.Order[p];
            var first = bush.InStart[j];
            var last = bush.InStart[j + 1];
            work.NewStart[j] = count;
            for (var s = first; s < last; s++)
            {
                var a = bush.InArc[s];
                var i = network.ArcTail[a];
                if (!travelClass.Allowed[a] || (i != bush.OriginNode && !network.ThroughNode[i]))
                    continue;
                work.NewArc[count] = a;
                work.NewFlow[count] = bush.InFlow[s];
                count++;
            }
            if (count == work.NewStart[j])
                return FromShortestPaths(network, travelClass, cost, saved.OriginZone, work, unreachable);
        }
        // Slots stay grouped by head node in node order, as the CSR needs.
        var start = new int[network.NodeCount + 1];
        for (var p = 1; p < bush.NodeCount; p++)
        {
            var j = bush.Order[p];
            var nextIndex = p + 1 < bush.NodeCount ? work.NewStart[bush.Order[p + 1]] : count;
            start[j + 1] = nextIndex - work.NewStart[j];
        }
        for (var n = 0; n < network.NodeCount; n++)
            start[n + 1] += start[n];
        var arcs = new int[count];
        var flows = new double[count];
        for (var p = 1; p < bush.NodeCount; p++)
        {
            var j = bush.Order[p];
            var from = work.NewStart[j];
            var length = start[j + 1] - start[j];
            Array.Copy(work.NewArc, from, arcs, start[j], length);
            Array.Copy(work.NewFlow, from, flows, start[j], length);
        }
        bush.InStart = start;
        bush.InArc = arcs;
        bush.InFlow = flows;
        bush.SlotCount = count;
        bush.Load(network, travelClass, work, keepProportions: true);
        return bush;
    }
}
