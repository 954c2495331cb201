using System.Runtime.CompilerServices;

namespace Caravan.Core.Assignment;

internal sealed partial class Bush
{
    /// <summary>
    /// The origin's shortest-path cost over the whole network, Σ demand · (least cost to the
    /// destination): least costs within the bush first, then label correcting over every usable
    /// arc, starting with all bush nodes queued. The bush labels are costs of real paths, so the
    /// correction only improves them and ends at the exact least costs — and near equilibrium it has
    /// little to correct, which makes this far cheaper than a fresh Dijkstra per origin.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop: fully optimised from the first call, not after tiering
    public double ShortestPathCost(AssignmentNetwork network, ClassArcs travelClass, double[] cost, Workspace work)
    {
        var min = work.Min;
        var tail = network.ArcTail;
        var head = network.ArcHead;
        var fixedCost = travelClass.Fixed;
        var allowed = travelClass.Allowed;
        var inQueue = work.Degree; // 1 while queued
        var queue = work.Queue;
        var n = network.NodeCount;

        min[OriginNode] = 0;
        for (var p = 1; p < NodeCount; p++)
        {
            var j = Order[p];
            CheapestSlot(InStart[j], InStart[j + 1], tail, cost, fixedCost, min, work.SlotCost, out min[j]);
        }

        // A circular queue of capacity n: a node is in it at most once.
        var front = 0;
        var size = 0;
        for (var p = 0; p < NodeCount; p++)
        {
            queue[p] = Order[p];
            inQueue[Order[p]] = 1;
        }
        size = NodeCount;
        while (size > 0)
        {
            var i = queue[front];
            front = front + 1 == n ? 0 : front + 1;
            size--;
            inQueue[i] = 0;
            if (i != OriginNode && !network.ThroughNode[i])
                continue;
            var di = min[i];
            for (var k = network.FirstOut[i]; k < network.FirstOut[i + 1]; k++)
            {
                var a = network.OutArcs[k];
                if (!allowed[a])
                    continue;
                var j = head[a];
                var d = di + cost[a] + fixedCost[a];
                if (d < min[j])
                {
                    min[j] = d;
                    if (inQueue[j] == 0)
                    {
                        inQueue[j] = 1;
                        queue[(front + size) % n] = j;
                        size++;
                    }
                }
            }
        }

        var shortest = 0.0;
        var destinations = travelClass.Demand.Destinations(OriginZone);
        var volumes = travelClass.Demand.Volumes(OriginZone);
        for (var k = 0; k < destinations.Length; k++)
            shortest += volumes[k] * min[network.ZoneNodes[destinations[k]]];
        return shortest;
    }
}
