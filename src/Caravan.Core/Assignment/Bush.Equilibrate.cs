using System.Runtime.CompilerServices;

namespace Caravan.Core.Assignment;

internal sealed partial class Bush
{
    /// <summary>
    /// Labels the bush at the current costs: least cost to each node over all slots (L, with its
    /// slot) and greatest cost over used slots (U, with its slot; a node with no used slot takes its
    /// L). Sets <see cref="Workspace.Position"/> for the bush's nodes (the caller clears them with
    /// <see cref="ClearPositions"/>). Returns the bush's excess cost Σ flow · (L_tail + c − L_head)
    /// and its shortest-path cost Σ demand · L, whose ratio says how far the bush is from equilibrium.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop: fully optimised from the first call, not after tiering
    public (double Excess, double Shortest) Label(AssignmentNetwork network, ClassArcs travelClass, double[] cost, Workspace work)
    {
        var min = work.Min;
        var max = work.Max;
        var minSlot = work.MinSlot;
        var maxSlot = work.MaxSlot;
        var position = work.Position;
        var slotCost = work.SlotCost;
        var tail = network.ArcTail;
        var fixedCost = travelClass.Fixed;
        var order = Order;
        var inStart = InStart;
        var inArc = InArc;
        var inFlow = InFlow;
        var excess = 0.0;
        min[OriginNode] = 0;
        max[OriginNode] = 0;
        minSlot[OriginNode] = -1;
        maxSlot[OriginNode] = -1;
        position[OriginNode] = 0;
        for (var p = 1; p < NodeCount; p++)
        {
            var j = order[p];
            position[j] = p;
            var first = inStart[j];
            var last = inStart[j + 1];
            var bestSlot = CheapestSlot(first, last, tail, cost, fixedCost, min, slotCost, out var best);
            var worst = double.NegativeInfinity;
            var worstSlot = -1;
            for (var s = first; s < last; s++)
            {
                var f = inFlow[s];
                if (f <= 0)
                    continue;
                var i = tail[inArc[s]];
                var c = slotCost[s];
                excess += f * (min[i] + c - best);
                var label = max[i] + c;
                if (label > worst)
                {
                    worst = label;
                    worstSlot = s;
                }
            }
            min[j] = best;
            minSlot[j] = bestSlot;
            if (worstSlot < 0)
            {
                max[j] = best;
                maxSlot[j] = bestSlot;
            }
            else
            {
                max[j] = worst;
                maxSlot[j] = worstSlot;
            }
        }
        var shortest = 0.0;
        var destinations = travelClass.Demand.Destinations(OriginZone);
        var volumes = travelClass.Demand.Volumes(OriginZone);
        for (var k = 0; k < destinations.Length; k++)
            shortest += volumes[k] * min[network.ZoneNodes[destinations[k]]];
        return (excess, shortest);
    }

    /// <summary>
    /// The cheapest of slots <paramref name="first"/>..<paramref name="last"/>−1 into a node, given the
    /// least costs <paramref name="min"/> of their tails; writes each slot's class cost to <paramref name="slotCost"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int CheapestSlot(int first, int last, int[] tail, double[] cost, double[] fixedCost, double[] min, double[] slotCost, out double best)
    {
        best = double.PositiveInfinity;
        var bestSlot = -1;
        for (var s = first; s < last; s++)
        {
            var a = InArc[s];
            var c = cost[a] + fixedCost[a];
            slotCost[s] = c;
            var label = min[tail[a]] + c;
            if (label < best)
            {
                best = label;
                bestSlot = s;
            }
        }
        return bestSlot;
    }

    /// <summary>Resets <see cref="Workspace.Position"/> for this bush's nodes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: fully optimised from the first call
    public void ClearPositions(Workspace work)
    {
        for (var p = 0; p < NodeCount; p++)
            work.Position[Order[p]] = -1;
    }

    /// <summary>
    /// One pass of Newton flow shifts against topological order (Dial 2006, §4): at each node whose
    /// costliest used path and cheapest path arrive by different slots, trace both back to where they
    /// diverge and move Δ = (C_long − C_short) / (Σ t'_long + Σ t'_short) from the long segment to the
    /// short one, at most the least flow on the long segment. Costs and derivatives are re-read as
    /// flows move, so each step sees the effect of the ones before. Needs <see cref="Label"/> first.
    /// Returns the number of shifts made.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop: fully optimised from the first call, not after tiering
    public int ShiftFlows(AssignmentNetwork network, ClassArcs travelClass, ArcLoads loads, Workspace work)
    {
        var min = work.Min;
        var max = work.Max;
        var minSlot = work.MinSlot;
        var maxSlot = work.MaxSlot;
        var position = work.Position;
        var segmentA = work.SegmentA;
        var segmentB = work.SegmentB;
        var tail = network.ArcTail;
        var fixedCost = travelClass.Fixed;
        var cost = loads.Cost;
        var derivative = loads.Derivative;
        var inArc = InArc;
        var inFlow = InFlow;
        var shifts = 0;
        for (var p = NodeCount - 1; p > 0; p--)
        {
            var j = Order[p];
            var longSlot = maxSlot[j];
            var shortSlot = minSlot[j];
            // Labels are from the start of the pass; a difference this small is rounding, not a gap.
            if (longSlot == shortSlot || max[j] - min[j] <= 1e-14 * max[j])
                continue;

            // Walk both paths back, always stepping the node later in topological order, until they meet.
            var countA = 0;
            var countB = 0;
            segmentA[countA++] = longSlot;
            segmentB[countB++] = shortSlot;
            var na = tail[inArc[longSlot]];
            var nb = tail[inArc[shortSlot]];
            while (na != nb)
            {
                if (position[na] > position[nb])
                {
                    var s = maxSlot[na];
                    segmentA[countA++] = s;
                    na = tail[inArc[s]];
                }
                else
                {
                    var s = minSlot[nb];
                    segmentB[countB++] = s;
                    nb = tail[inArc[s]];
                }
            }

            double costA = 0, slopeA = 0, costB = 0, slopeB = 0;
            var roomA = double.PositiveInfinity;
            var roomB = double.PositiveInfinity;
            for (var k = 0; k < countA; k++)
            {
                var s = segmentA[k];
                var a = inArc[s];
                costA += cost[a] + fixedCost[a];
                slopeA += derivative[a];
                roomA = Math.Min(roomA, inFlow[s]);
            }
            for (var k = 0; k < countB; k++)
            {
                var s = segmentB[k];
                var a = inArc[s];
                costB += cost[a] + fixedCost[a];
                slopeB += derivative[a];
                roomB = Math.Min(roomB, inFlow[s]);
            }
            var difference = costA - costB;
            var slope = slopeA + slopeB;
            // Constant-time segments (slope 0) move everything the cheaper way.
            var delta = slope > 0 ? difference / slope : difference > 0 ? roomA : difference < 0 ? -roomB : 0;
            delta = Math.Clamp(delta, -roomB, roomA);
            if (delta == 0)
                continue;
            shifts++;
            for (var k = 0; k < countA; k++)
            {
                var s = segmentA[k];
                var f = inFlow[s] - delta;
                inFlow[s] = f > 0 ? f : 0;
                loads.Shift(inArc[s], -delta);
            }
            for (var k = 0; k < countB; k++)
            {
                var s = segmentB[k];
                var f = inFlow[s] + delta;
                inFlow[s] = f > 0 ? f : 0;
                loads.Shift(inArc[s], delta);
            }
        }
        return shifts;
    }
}
