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

    private readonly int _nodes, _arcs, _root;
    private readonly int[] _tail, _head;
    private readonly long[] _capacity, _cost, _flow, _potential;
    private readonly sbyte[] _state;
    private readonly int[] _parent, _predArc, _thread, _revThread, _succNum, _lastSucc;
    private readonly bool[] _upward; // the node's tree arc points from it to its parent
    private readonly int _blockSize;
    private readonly int[] _order; // internal arc i is input arc order[i]
    private int _nextArc;

    // Scratch for one pivot: the path from the entering node up to the detached subtree's root, with
    // each path node's thread neighbours as they were before the pivot rewrote them.
    private readonly int[] _path, _pathBefore, _pathAfterLast;

    /// <summary>Real arcs are 0..m−1; the artificial arc of node v is m + v.</summary>
    private NetworkSimplex(int nodes, int[] tails, int[] heads, long[] capacities, long[] costs)
    {
        _nodes = nodes;
        _arcs = tails.Length;
        _root = nodes;
        var all = _arcs + _nodes;
        _tail = new int[all];
        _head = new int[all];
        _capacity = new long[all];
        _cost = new long[all];
        _flow = new long[all];
        _state = new sbyte[all];
        // Arc mixing: internal arc i is input arc order[i], taking every stride-th input arc in turn,
        // so a search block samples the whole network rather than one run of similar arcs.
        _order = new int[_arcs];
        var stride = Math.Max(1, (int)Math.Sqrt(_arcs));
        var i = 0;
        for (var start = 0; start < stride; start++)
        {
            for (var a = start; a < _arcs; a += stride)
                _order[i++] = a;
        }
        for (i = 0; i < _arcs; i++)
        {
            var a = _order[i];
            _tail[i] = tails[a];
            _head[i] = heads[a];
            _capacity[i] = capacities[a];
            _cost[i] = costs[a];
        }
        _potential = new long[_nodes + 1];
        _parent = new int[_nodes + 1];
        _predArc = new int[_nodes + 1];
        _thread = new int[_nodes + 1];
        _revThread = new int[_nodes + 1];
        _succNum = new int[_nodes + 1];
        _lastSucc = new int[_nodes + 1];
        _upward = new bool[_nodes + 1];
        _path = new int[_nodes + 1];
        _pathBefore = new int[_nodes + 1];
        _pathAfterLast = new int[_nodes + 1];
        _blockSize = Math.Max(10, (int)(BlockFactor * Math.Sqrt(_arcs)));
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
        for (var a = 0; a < _arcs; a++)
            _state[a] = AtLower;
        // Every node hangs from the root; the thread visits the root, then 0, 1, …, n − 1.
        _parent[_root] = -1;
        _predArc[_root] = -1;
        _succNum[_root] = _nodes + 1;
        _lastSucc[_root] = _nodes == 0 ? _root : _nodes - 1;
        Link(_root, _nodes == 0 ? _root : 0);
        for (var v = 0; v < _nodes; v++)
        {
            var a = _arcs + v;
            _cost[a] = bigM;
            _capacity[a] = Unlimited;
            _state[a] = InTree;
            // Zero-supply nodes point up too: a zero-flow tree arc directed towards the root keeps the
            // starting tree strongly feasible.
            _upward[v] = supply[v] >= 0;
            (_tail[a], _head[a]) = _upward[v] ? (v, _root) : (_root, v);
            _flow[a] = Math.Abs(supply[v]);
            _potential[v] = _upward[v] ? -bigM : bigM;
            _parent[v] = _root;
            _predArc[v] = a;
            _succNum[v] = 1;
            _lastSucc[v] = v;
            Link(v, v + 1 < _nodes ? v + 1 : _root);
        }
    }

    /// <summary>Block search over the real arcs; −1 when none has a negative reduced cost (optimal).</summary>
    private int FindEnteringArc()
    {
        // The hottest loop: about √m arcs per pivot. Unchecked element access (every index is an arc
        // below m or a node of that arc) keeps it close to native speed.
        ref var stateAt = ref MemoryMarshal.GetArrayDataReference(_state);
        ref var costAt = ref MemoryMarshal.GetArrayDataReference(_cost);
        ref var tailAt = ref MemoryMarshal.GetArrayDataReference(_tail);
        ref var headAt = ref MemoryMarshal.GetArrayDataReference(_head);
        ref var potentialAt = ref MemoryMarshal.GetArrayDataReference(_potential);
        long best = 0;
        var entering = -1;
        var left = _blockSize;
        var e = _nextArc;
        for (var scanned = 0; scanned < _arcs; scanned++)
        {
            var reduced = Unsafe.Add(ref stateAt, e) * (Unsafe.Add(ref costAt, e)
                + Unsafe.Add(ref potentialAt, Unsafe.Add(ref tailAt, e)) - Unsafe.Add(ref potentialAt, Unsafe.Add(ref headAt, e)));
            if (reduced < best)
            {
                best = reduced;
                entering = e;
            }
            if (++e == _arcs)
                e = 0;
            if (--left == 0)
            {
                if (entering >= 0)
                    break;
                left = _blockSize;
            }
        }
        _nextArc = e;
        return entering;
    }

    private void Pivot(int entering)
    {
        // Flow goes round the cycle first → second over the entering arc, back through the tree.
        var increase = _state[entering] == AtLower;
        var first = increase ? _tail[entering] : _head[entering];
        var second = increase ? _head[entering] : _tail[entering];
        var join = Apex(first, second);

        var delta = increase ? _capacity[entering] - _flow[entering] : _flow[entering];
        int leaving = -1; // the node whose tree arc leaves; −1: the entering arc itself blocks
        var leavingOnFirstSide = false;
        // Going round from the apex: down to first, the entering arc, up from second. The last blocking
        // arc on that tour leaves: strict < walking up from first, <= walking up from second.
        for (var u = first; u != join; u = _parent[u])
        {
            var room = _upward[u] ? _flow[_predArc[u]] : _capacity[_predArc[u]] - _flow[_predArc[u]];
            if (room < delta)
            {
                delta = room;
                leaving = u;
                leavingOnFirstSide = true;
            }
        }
        for (var u = second; u != join; u = _parent[u])
        {
            var room = _upward[u] ? _capacity[_predArc[u]] - _flow[_predArc[u]] : _flow[_predArc[u]];
            if (room <= delta)
            {
                delta = room;
                leaving = u;
                leavingOnFirstSide = false;
            }
        }

        if (delta > 0)
        {
            _flow[entering] += increase ? delta : -delta;
            for (var u = first; u != join; u = _parent[u])
                _flow[_predArc[u]] += _upward[u] ? -delta : delta;
            for (var u = second; u != join; u = _parent[u])
                _flow[_predArc[u]] += _upward[u] ? delta : -delta;
        }

        if (leaving < 0)
        {
            _state[entering] = increase ? AtUpper : AtLower;
            return;
        }
        var leavingArc = _predArc[leaving];
        _state[leavingArc] = _flow[leavingArc] == 0 ? AtLower : AtUpper;
        _state[entering] = InTree;
        var (inside, outside) = leavingOnFirstSide ? (first, second) : (second, first);
        var reducedCost = _cost[entering] + _potential[_tail[entering]] - _potential[_head[entering]];
        Reattach(entering, inside, outside, leaving, join);
        // Make the entering arc's reduced cost zero by shifting the whole moved subtree.
        var shift = inside == _tail[entering] ? -reducedCost : reducedCost;
        for (int x = inside, count = _succNum[inside]; count > 0; count--, x = _thread[x])
            _potential[x] += shift;
    }

    /// <summary>The nearest common ancestor: an ancestor's subtree is always larger.</summary>
    private int Apex(int u, int v)
    {
        while (u != v)
        {
            if (_succNum[u] < _succNum[v])
                u = _parent[u];
            else
                v = _parent[v];
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
        var size = _succNum[cut];
        var oldLast = _lastSucc[cut];
        var before = _revThread[cut];
        var after = _thread[oldLast];

        var k = 0;
        for (var w = inside; ; w = _parent[w])
        {
            _path[k] = w;
            _pathBefore[k] = _revThread[w];
            _pathAfterLast[k++] = _thread[_lastSucc[w]];
            if (w == cut)
                break;
        }

        // 1. Take the subtree out of the thread; its old ancestors shrink.
        Link(before, after);
        for (var a = _parent[cut]; a != join; a = _parent[a])
            _succNum[a] -= size;
        for (var a = _parent[cut]; a >= 0 && _lastSucc[a] == oldLast; a = _parent[a])
            _lastSucc[a] = before;

        // 2. Thread the re-rooted subtree. Step 1 touched nothing inside it; each wi's tree fields are
        //    read before wi is rewritten, and its thread neighbours come from before any relinking.
        var tailNode = _lastSucc[inside];
        int previous = inside, previousLast = _lastSucc[inside], previousSize = _succNum[inside];
        var previousArc = _predArc[inside];
        var previousUpward = _upward[inside];
        for (var i = 1; i < k; i++)
        {
            var w = _path[i];
            int wLast = _lastSucc[w], wSize = _succNum[w], wArc = _predArc[w];
            var wUpward = _upward[w];
            var beforePrevious = _pathBefore[i - 1];
            var afterPreviousLast = _pathAfterLast[i - 1];
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
            _parent[w] = previous;
            _predArc[w] = previousArc;
            _upward[w] = !previousUpward;
            _succNum[w] = size - previousSize;
            (previous, previousLast, previousSize, previousArc, previousUpward) = (w, wLast, wSize, wArc, wUpward);
        }
        for (var i = 0; i < k; i++)
            _lastSucc[_path[i]] = tailNode;
        _parent[inside] = outside;
        _predArc[inside] = entering;
        _upward[inside] = _tail[entering] == inside;
        _succNum[inside] = size;

        // 3. Splice it in right after its new parent; the new ancestors grow.
        Link(tailNode, _thread[outside]);
        Link(outside, inside);
        for (var a = outside; a != join; a = _parent[a])
            _succNum[a] += size;
        for (var a = outside; a >= 0 && _lastSucc[a] == outside; a = _parent[a])
            _lastSucc[a] = tailNode;
    }

    private void Link(int from, int to)
    {
        _thread[from] = to;
        _revThread[to] = from;
    }

    private MinCostFlowResult Result()
    {
        for (var v = 0; v < _nodes; v++)
        {
            if (_flow[_arcs + v] != 0)
                return MinCostFlowResult.Failed(FlowStatus.Infeasible, "no flow meets every demand within the capacities and supplies");
        }
        long total = 0;
        try
        {
            for (var a = 0; a < _arcs; a++)
                total = checked(total + _flow[a] * _cost[a]);
        }
        catch (OverflowException)
        {
            return MinCostFlowResult.Failed(FlowStatus.Error, "the optimal cost overflows 64-bit integer units");
        }
        var inputFlow = new long[_arcs];
        for (var i = 0; i < _arcs; i++)
            inputFlow[_order[i]] = _flow[i];
        return new MinCostFlowResult(FlowStatus.Optimal, null, inputFlow, total);
    }
}
