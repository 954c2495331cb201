using System.Runtime.CompilerServices;

namespace Caravan.Core.Assignment;

internal sealed partial class Bush
{
    /// <summary>
    /// Changes the bush's arcs at the current costs (Dial 2006, §3; Nie 2010 for the "used or
    /// shortest" rule): drops slots that carry no flow unless they are the node's cheapest, then adds
    /// every usable arc (i, j) that is a shortcut, L_i + c_ij &lt; L_j, and keeps the bush acyclic,
    /// U_i &lt; U_j, where U is the greatest cost over kept slots. Every kept slot has U_head ≥ U_tail + c ≥ U_tail,
    /// and every added one U_tail &lt; U_head, so no cycle can form. Returns true when the bush changed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop: fully optimised from the first call, not after tiering
    public bool Update(AssignmentNetwork network, ClassArcs travelClass, double[] cost, Workspace work)
    {
        var min = work.Min;
        var max = work.Max;
        var minSlot = work.MinSlot;
        var position = work.Position;
        var slotCost = work.SlotCost;
        var mark = work.ArcMark;
        var value = work.ArcValue;
        var tail = network.ArcTail;
        var head = network.ArcHead;
        var fixedCost = travelClass.Fixed;
        var allowed = travelClass.Allowed;
        var stamp = work.NextStamp();

        min[OriginNode] = 0;
        max[OriginNode] = 0;
        position[OriginNode] = 0;
        var dropped = 0;
        var strayFlow = false;
        var negligible = NegligibleFlow(travelClass);
        for (var p = 1; p < NodeCount; p++)
        {
            var j = Order[p];
            position[j] = p;
            var first = InStart[j];
            var last = InStart[j + 1];
            var bestSlot = CheapestSlot(first, last, tail, cost, fixedCost, min, slotCost, out var best);
            var worst = double.NegativeInfinity;
            for (var s = first; s < last; s++)
            {
                var a = InArc[s];
                if (InFlow[s] <= negligible && s != bestSlot)
                {
                    dropped++;
                    strayFlow |= InFlow[s] > 0;
                    continue;
                }
                mark[a] = stamp;
                value[a] = InFlow[s];
                worst = Math.Max(worst, max[tail[a]] + slotCost[s]);
            }
            min[j] = best;
            minSlot[j] = bestSlot;
            max[j] = worst;
        }

        var added = 0;
        for (var p = 0; p < NodeCount; p++)
        {
            var i = Order[p];
            if (i != OriginNode && !network.ThroughNode[i])
                continue;
            var mi = min[i];
            var ui = max[i];
            for (var k = network.FirstOut[i]; k < network.FirstOut[i + 1]; k++)
            {
                var a = network.OutArcs[k];
                if (mark[a] == stamp || !allowed[a])
                    continue;
                var j = head[a];
                if (position[j] < 0 || j == OriginNode)
                    continue;
                if (mi + cost[a] + fixedCost[a] < min[j] && ui < max[j])
                {
                    mark[a] = stamp;
                    value[a] = 0;
                    added++;
                }
            }
        }

        if (dropped + added > 0)
        {
            Rebuild(network, work, stamp);
            Sort(network, work, stamp);
            // Dropping a slot with a trace of flow would break conservation by that trace: reload
            // the demand in the surviving proportions instead (tap-b's "rectify").
            if (strayFlow)
                Load(network, travelClass, work, keepProportions: true);
        }
        ClearPositions(work);
        return dropped + added > 0;
    }

    /// <summary>
    /// Flow below this is a rounding trace left by Newton shifts (1e-12 of the origin's demand):
    /// left in place it would keep a path "used" and its U label high, blocking the shortcuts the bush needs.
    /// </summary>
    private double NegligibleFlow(ClassArcs travelClass) => 1e-12 * travelClass.Demand.OriginTotal(OriginZone);

    /// <summary>Rewrites the slots from the marked arcs, taking each one's flow from <see cref="Workspace.ArcValue"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop: fully optimised from the first call, not after tiering
    private void Rebuild(AssignmentNetwork network, Workspace work, int stamp)
    {
        var mark = work.ArcMark;
        var newStart = work.NewStart;
        var count = 0;
        for (var j = 0; j < network.NodeCount; j++)
        {
            newStart[j] = count;
            if (work.Position[j] < 0)
                continue;
            for (var k = network.FirstIn[j]; k < network.FirstIn[j + 1]; k++)
            {
                var a = network.InArcs[k];
                if (mark[a] != stamp)
                    continue;
                work.NewArc[count] = a;
                work.NewFlow[count] = work.ArcValue[a];
                count++;
            }
        }
        newStart[network.NodeCount] = count;
        if (InArc.Length < count)
        {
            // Room to grow, so a bush that gains a few arcs is not reallocated every iteration.
            var capacity = Math.Min(network.ArcCount, count + count / 8 + 4);
            InArc = new int[capacity];
            InFlow = new double[capacity];
        }
        Array.Copy(newStart, InStart, network.NodeCount + 1);
        Array.Copy(work.NewArc, InArc, count);
        Array.Copy(work.NewFlow, InFlow, count);
        SlotCount = count;
    }

    /// <summary>Puts the bush's nodes in topological order (Kahn's algorithm; FIFO, arcs in network order, so deterministic).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop: fully optimised from the first call, not after tiering
    private void Sort(AssignmentNetwork network, Workspace work, int stamp)
    {
        var degree = work.Degree;
        var queue = work.Queue;
        for (var p = 0; p < NodeCount; p++)
        {
            var j = Order[p];
            degree[j] = InStart[j + 1] - InStart[j];
        }
        var read = 0;
        var write = 0;
        queue[write++] = OriginNode;
        while (read < write)
        {
            var i = queue[read++];
            for (var k = network.FirstOut[i]; k < network.FirstOut[i + 1]; k++)
            {
                var a = network.OutArcs[k];
                if (work.ArcMark[a] != stamp)
                    continue;
                var j = network.ArcHead[a];
                if (--degree[j] == 0)
                    queue[write++] = j;
            }
        }
        if (write != NodeCount)
            throw new InvalidOperationException($"bush of origin node {OriginNode} has a cycle: {NodeCount - write} nodes left unordered");
        Array.Copy(queue, Order, NodeCount);
    }
}
