using System.Runtime.CompilerServices;

namespace Caravan.Core.Assignment;

/// <summary>Dijkstra's algorithm from one origin over the arcs a class may use, honouring nodes traffic may not pass through.</summary>
internal static class ShortestPathTree
{
    /// <summary>
    /// Fills <see cref="Workspace.Min"/> with least costs (+∞ where unreachable) and
    /// <see cref="Workspace.MinSlot"/> with each reached node's tree arc (-1 at the origin), and
    /// writes the reached nodes in the order they were settled — a topological order of the tree,
    /// origin first — to <see cref="Workspace.Queue"/>. Returns how many nodes were reached.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop: fully optimised from the first call, not after tiering
    public static int Grow(AssignmentNetwork network, ClassArcs travelClass, double[] cost, int origin, Workspace work)
    {
        var min = work.Min;
        var pred = work.MinSlot;
        Array.Fill(min, double.PositiveInfinity);
        Array.Fill(pred, -1);
        var heap = work.Heap;
        var settled = work.Queue;
        var reached = 0;
        min[origin] = 0;
        heap.Push(origin, 0);
        var fixedCost = travelClass.Fixed;
        var allowed = travelClass.Allowed;
        while (heap.Count > 0)
        {
            var i = heap.Pop();
            settled[reached++] = i;
            if (i != origin && !network.ThroughNode[i])
                continue;
            var di = min[i];
            for (var k = network.FirstOut[i]; k < network.FirstOut[i + 1]; k++)
            {
                var a = network.OutArcs[k];
                if (!allowed[a])
                    continue;
                var j = network.ArcHead[a];
                var d = di + cost[a] + fixedCost[a];
                if (d < min[j])
                {
                    min[j] = d;
                    pred[j] = a;
                    heap.Push(j, d);
                }
            }
        }
        return reached;
    }
}
