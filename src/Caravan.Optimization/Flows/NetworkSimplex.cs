using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Caravan.Optimization.Flows;

/// <summary>
/// Primal network simplex for integer min-cost flow (Ahuja, Magnanti and Orlin 1993, ch. 11), our own
/// code because OR-Tools exposes only cost scaling to .NET and network simplex is the faster method on
/// networks of up to a few hundred thousand arcs (Kovács 2015; measured in docs/performance.md).
/// <list type="bullet">
/// <item>Start: an artificial root joined to every node by an uncapacitated arc at a cost M larger
/// than any path, carrying the node's supply (big-M method). Flow left on an artificial arc at the end
/// means no feasible flow exists.</item>
/// <item>Entering arc: block search (Grigoriadis 1986) — scan about 2√m arcs from where the last search
/// stopped and take the most negative reduced cost in the block. Arcs are stored interleaved (every
/// √m-th input arc in turn) so a block samples the whole network, not one run of similar arcs.</item>
/// <item>Leaving arc: the last blocking arc met going round the cycle from its apex, which keeps the
/// tree strongly feasible (Cunningham 1976) and rules out cycling.</item>
/// <item>Tree: parent, predecessor arc, preorder thread, subtree size and last node in preorder
/// (the "augmented thread index"); a pivot re-roots the detached subtree along the path to its new
/// parent and shifts that subtree's potentials by the entering arc's reduced cost.</item>
/// </list>
/// Potentials follow c_ij + π_i − π_j: zero on tree arcs, ≥ 0 on empty arcs, ≤ 0 on saturated ones.
/// </summary>
internal sealed class NetworkSimplex
{
    /// <summary>Costs and potentials stay below this (2^60) so reduced costs cannot overflow.</summary>
    private const long CostLimit = 1L << 60;

    private const long Unlimited = long.MaxValue / 4;

    /// <summary>Search block = factor × √m arcs; 1.5–3 were equally fast on the benchmark files, 1 and 4 slower.</summary>
    private const double BlockFactor = 2;

    private const sbyte InTree = 0, AtLower = 1, AtUpper = -1;

    private readonly int nodes, arcs, root;
    private readonly int[] tail, head;
    private readonly long[] capacity, cost, flow, potential;
    private readonly sbyte[] state;
    private readonly int[] parent, predArc, thread, revThread, succNum, lastSucc;
    private readonly bool[] upward; // the node's tree arc points from it to its parent
    private readonly int blockSize;
    private readonly int[] order; // internal arc i is input arc order[i]
    private int nextArc;

    // Scratch for one pivot: the path from the entering node up to the detached subtree's root, with
    // each path node's thread neighbours as they were before the pivot rewrote them.
    private readonly int[] path, pathBefore, pathAfterLast;

    /// <summary>Real arcs are 0..m−1; the artificial arc of node v is m + v.</summary>
    private NetworkSimplex(int nodes, int[] tails, int[] heads, long[] capacities, long[] costs)
    {
        this.nodes = nodes;
        arcs = tails.Length;
        root = nodes;
        var all = arcs + nodes;
        tail = new int[all];
        head = new int[all];
        capacity = new long[all];
        cost = new long[all];
        flow = new long[all];
        state = new sbyte[all];
        // Arc mixing: internal arc i is input arc order[i], taking every stride-th input arc in turn,
        // so a search block samples the whole network rather than one run of similar arcs.
        order = new int[arcs];
        var stride = Math.Max(1, (int)Math.Sqrt(arcs));
        var i = 0;
        for (var start = 0; start < stride; start++)
        {
            for (var a = start; a < arcs; a += stride)
                order[i++] = a;
        }
        for (i = 0; i < arcs; i++)
        {
            var a = order[i];
            tail[i] = tails[a];
            head[i] = heads[a];
            capacity[i] = capacities[a];
            cost[i] = costs[a];
        }
        potential = new long[nodes + 1];
        parent = new int[nodes + 1];
        predArc = new int[nodes + 1];
        thread = new int[nodes + 1];
        revThread = new int[nodes + 1];
        succNum = new int[nodes + 1];
        lastSucc = new int[nodes + 1];
        upward = new bool[nodes + 1];
        path = new int[nodes + 1];
        pathBefore = new int[nodes + 1];
        pathAfterLast = new int[nodes + 1];
        blockSize = Math.Max(10, (int)(BlockFactor * Math.Sqrt(arcs)));
    }

    /// <summary>
    /// Solves min Σ cost·flow subject to 0 ≤ flow ≤ capacity and outflow − inflow = supply at every
    /// node. Capacities must be non-negative and supplies must balance. Stops with
    /// <see cref="FlowStatus.TimeLimit"/> past <paramref name="timeLimit"/>, with
    /// <see cref="FlowStatus.Cancelled"/> once <paramref name="cancellation"/> is set, and with an error after
    /// <paramref name="maxPivots"/> pivots (default 1,000 per node and arc: far beyond what any
    /// instance measured needed, about 5 per node) so that no input can keep a caller waiting forever.
    /// </summary>
    public static MinCostFlowResult Solve(int nodes, int[] tails, int[] heads, long[] capacities, long[] costs, long[] supply,
        TimeSpan? timeLimit = null, long? maxPivots = null, CancellationToken cancellation = default)
    {
        if (heads.Length != tails.Length || capacities.Length != tails.Length || costs.Length != tails.Length || supply.Length != nodes)
            throw new ArgumentException("one tail, head, capacity and cost per arc and one supply per node");
        long balance = 0, maxCost = 0;
        for (var v = 0; v < nodes; v++)
            balance += supply[v];
        if (balance != 0)
            return MinCostFlowResult.Failed(FlowStatus.Unbalanced, "supplies and demands do not balance");
        foreach (var c in costs)
            maxCost = Math.Max(maxCost, Math.Abs(c));
        // M must exceed the cost of any simple path; potentials then stay within about 2M of the root.
        var bigM = (maxCost + 1.0) * (nodes + 1.0);
        if (bigM * 4 >= CostLimit)
            return MinCostFlowResult.Failed(FlowStatus.Error, "costs out of the network simplex's integer range");

        var watch = Stopwatch.StartNew();
        var pivotLimit = maxPivots ?? 1_000L * (nodes + tails.Length + 1);
        var simplex = new NetworkSimplex(nodes, tails, heads, capacities, costs);
        simplex.Initialise(supply, (long)bigM);
        for (long pivots = 1; simplex.FindEnteringArc() is var entering and >= 0; pivots++)
        {
            if (pivots > pivotLimit)
                return MinCostFlowResult.Failed(FlowStatus.Error, $"the network simplex did not finish within {pivotLimit:N0} pivots");
            if ((pivots & 1023) == 1) // the first pivot, then every 1,024th
            {
                if (cancellation.IsCancellationRequested)
                    return MinCostFlowResult.Failed(FlowStatus.Cancelled, "cancelled");
                if (timeLimit is { } limit && watch.Elapsed > limit)
                    return MinCostFlowResult.Failed(FlowStatus.TimeLimit, $"time limit of {limit.TotalSeconds:0.#} s reached before the optimum was found");
            }
            simplex.Pivot(entering);
        }
        return simplex.Result();
    }

    private void Initialise(long[] supply, long bigM)
    {
        for (var a = 0; a < arcs; a++)
            state[a] = AtLower;
        // Every node hangs from the root; the thread visits the root, then 0, 1, …, n − 1.
        parent[root] = -1;
        predArc[root] = -1;
        succNum[root] = nodes + 1;
        lastSucc[root] = nodes == 0 ? root : nodes - 1;
        Link(root, nodes == 0 ? root : 0);
        for (var v = 0; v < nodes; v++)
        {
            var a = arcs + v;
            cost[a] = bigM;
            capacity[a] = Unlimited;
            state[a] = InTree;
            // Zero-supply nodes point up too: a zero-flow tree arc directed towards the root keeps the
            // starting tree strongly feasible.
            upward[v] = supply[v] >= 0;
            (tail[a], head[a]) = upward[v] ? (v, root) : (root, v);
            flow[a] = Math.Abs(supply[v]);
            potential[v] = upward[v] ? -bigM : bigM;
            parent[v] = root;
            predArc[v] = a;
            succNum[v] = 1;
            lastSucc[v] = v;
            Link(v, v + 1 < nodes ? v + 1 : root);
        }
    }

    /// <summary>Block search over the real arcs; −1 when none has a negative reduced cost (optimal).</summary>
    private int FindEnteringArc()
    {
        // The hottest loop: about √m arcs per pivot. Unchecked element access (every index is an arc
        // below m or a node of that arc) keeps it close to native speed.
        ref var stateAt = ref MemoryMarshal.GetArrayDataReference(state);
        ref var costAt = ref MemoryMarshal.GetArrayDataReference(cost);
        ref var tailAt = ref MemoryMarshal.GetArrayDataReference(tail);
        ref var headAt = ref MemoryMarshal.GetArrayDataReference(head);
        ref var potentialAt = ref MemoryMarshal.GetArrayDataReference(potential);
        long best = 0;
        var entering = -1;
        var left = blockSize;
        var e = nextArc;
        for (var scanned = 0; scanned < arcs; scanned++)
        {
            var reduced = Unsafe.Add(ref stateAt, e) * (Unsafe.Add(ref costAt, e)
                + Unsafe.Add(ref potentialAt, Unsafe.Add(ref tailAt, e)) - Unsafe.Add(ref potentialAt, Unsafe.Add(ref headAt, e)));
            if (reduced < best)
            {
                best = reduced;
                entering = e;
            }
            if (++e == arcs)
                e = 0;
            if (--left == 0)
            {
                if (entering >= 0)
                    break;
                left = blockSize;
            }
        }
        nextArc = e;
        return entering;
    }

    private void Pivot(int entering)
    {
        // Flow goes round the cycle first → second over the entering arc, back through the tree.
        var increase = state[entering] == AtLower;
        var first = increase ? tail[entering] : head[entering];
        var second = increase ? head[entering] : tail[entering];
        var join = Apex(first, second);

        var delta = increase ? capacity[entering] - flow[entering] : flow[entering];
        int leaving = -1; // the node whose tree arc leaves; −1: the entering arc itself blocks
        var leavingOnFirstSide = false;
        // Going round from the apex: down to first, the entering arc, up from second. The last blocking
        // arc on that tour leaves: strict < walking up from first, <= walking up from second.
        for (var u = first; u != join; u = parent[u])
        {
            var room = upward[u] ? flow[predArc[u]] : capacity[predArc[u]] - flow[predArc[u]];
            if (room < delta)
            {
                delta = room;
                leaving = u;
                leavingOnFirstSide = true;
            }
        }
        for (var u = second; u != join; u = parent[u])
        {
            var room = upward[u] ? capacity[predArc[u]] - flow[predArc[u]] : flow[predArc[u]];
            if (room <= delta)
            {
                delta = room;
                leaving = u;
                leavingOnFirstSide = false;
            }
        }

        if (delta > 0)
        {
            flow[entering] += increase ? delta : -delta;
            for (var u = first; u != join; u = parent[u])
                flow[predArc[u]] += upward[u] ? -delta : delta;
            for (var u = second; u != join; u = parent[u])
                flow[predArc[u]] += upward[u] ? delta : -delta;
        }

        if (leaving < 0)
        {
            state[entering] = increase ? AtUpper : AtLower;
            return;
        }
        var leavingArc = predArc[leaving];
        state[leavingArc] = flow[leavingArc] == 0 ? AtLower : AtUpper;
        state[entering] = InTree;
        var (inside, outside) = leavingOnFirstSide ? (first, second) : (second, first);
        var reducedCost = cost[entering] + potential[tail[entering]] - potential[head[entering]];
        Reattach(entering, inside, outside, leaving, join);
        // Make the entering arc's reduced cost zero by shifting the whole moved subtree.
        var shift = inside == tail[entering] ? -reducedCost : reducedCost;
        for (int x = inside, count = succNum[inside]; count > 0; count--, x = thread[x])
            potential[x] += shift;
    }

    /// <summary>The nearest common ancestor: an ancestor's subtree is always larger.</summary>
    private int Apex(int u, int v)
    {
        while (u != v)
        {
            if (succNum[u] < succNum[v])
                u = parent[u];
            else
                v = parent[v];
        }
        return u;
    }

    /// <summary>
    /// Cuts the subtree under <paramref name="cut"/> off its parent, re-roots it at
    /// <paramref name="inside"/> and hangs it under <paramref name="outside"/> by <paramref name="entering"/>.
    /// The path inside = w0, w1, …, wk = cut reverses. The new preorder of the subtree is w0's old
    /// subtree, then each wi with its old subtree minus w(i−1)'s, which in the old thread are the two
    /// runs [wi … before w(i−1)] and [after last(w(i−1)) … last(wi)].
    /// </summary>
    private void Reattach(int entering, int inside, int outside, int cut, int join)
    {
        var size = succNum[cut];
        var oldLast = lastSucc[cut];
        var before = revThread[cut];
        var after = thread[oldLast];

        var k = 0;
        for (var w = inside; ; w = parent[w])
        {
            path[k] = w;
            pathBefore[k] = revThread[w];
            pathAfterLast[k++] = thread[lastSucc[w]];
            if (w == cut)
                break;
        }

        // 1. Take the subtree out of the thread; its old ancestors shrink.
        Link(before, after);
        for (var a = parent[cut]; a != join; a = parent[a])
            succNum[a] -= size;
        for (var a = parent[cut]; a >= 0 && lastSucc[a] == oldLast; a = parent[a])
            lastSucc[a] = before;

        // 2. Thread the re-rooted subtree. Step 1 touched nothing inside it; each wi's tree fields are
        //    read before wi is rewritten, and its thread neighbours come from before any relinking.
        var tailNode = lastSucc[inside];
        int previous = inside, previousLast = lastSucc[inside], previousSize = succNum[inside];
        var previousArc = predArc[inside];
        var previousUpward = upward[inside];
        for (var i = 1; i < k; i++)
        {
            var w = path[i];
            int wLast = lastSucc[w], wSize = succNum[w], wArc = predArc[w];
            var wUpward = upward[w];
            var beforePrevious = pathBefore[i - 1];
            var afterPreviousLast = pathAfterLast[i - 1];
            Link(tailNode, w);
            if (previousLast != wLast)
            {
                Link(beforePrevious, afterPreviousLast);
                tailNode = wLast;
            }
            else
            {
                tailNode = beforePrevious;
            }
            parent[w] = previous;
            predArc[w] = previousArc;
            upward[w] = !previousUpward;
            succNum[w] = size - previousSize;
            (previous, previousLast, previousSize, previousArc, previousUpward) = (w, wLast, wSize, wArc, wUpward);
        }
        for (var i = 0; i < k; i++)
            lastSucc[path[i]] = tailNode;
        parent[inside] = outside;
        predArc[inside] = entering;
        upward[inside] = tail[entering] == inside;
        succNum[inside] = size;

        // 3. Splice it in right after its new parent; the new ancestors grow.
        Link(tailNode, thread[outside]);
        Link(outside, inside);
        for (var a = outside; a != join; a = parent[a])
            succNum[a] += size;
        for (var a = outside; a >= 0 && lastSucc[a] == outside; a = parent[a])
            lastSucc[a] = tailNode;
    }

    private void Link(int from, int to)
    {
        thread[from] = to;
        revThread[to] = from;
    }

    private MinCostFlowResult Result()
    {
        for (var v = 0; v < nodes; v++)
        {
            if (flow[arcs + v] != 0)
                return MinCostFlowResult.Failed(FlowStatus.Infeasible, "no flow meets every demand within the capacities and supplies");
        }
        long total = 0;
        for (var a = 0; a < arcs; a++)
            total = checked(total + flow[a] * cost[a]);
        var inputFlow = new long[arcs];
        for (var i = 0; i < arcs; i++)
            inputFlow[order[i]] = flow[i];
        return new MinCostFlowResult(FlowStatus.Optimal, null, inputFlow, total);
    }
}
