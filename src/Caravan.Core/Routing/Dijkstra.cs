namespace Caravan.Core.Routing;

/// <summary>
/// Dijkstra's algorithm on the states (node, incoming mode, via flag) of a <see cref="SearchGraph"/>,
/// with a binary heap and lazy deletion. A workspace is reused between queries: version stamps
/// make resetting free, so a query allocates only its answer.
/// </summary>
internal sealed class Dijkstra
{
    private readonly SearchGraph _graph;
    private readonly double[] _dist;
    private readonly int[] _predArc;
    private readonly int[] _predState;
    private readonly int[] _stamp;
    private readonly bool[] _done;
    private readonly PriorityQueue<int, double> _heap = new();
    private int _version;

    public Dijkstra(SearchGraph graph)
    {
        _graph = graph;
        var states = graph.StateCount;
        _dist = new double[states];
        _predArc = new int[states];
        _predState = new int[states];
        _stamp = new int[states];
        _done = new bool[states];
    }

    /// <summary>Settled states in the last query (for benchmarks and tests).</summary>
    public int Settled { get; private set; }

    /// <summary>
    /// The cheapest path from <paramref name="start"/> to <paramref name="target"/> (with the via
    /// requirement met when there is one) as arcs, and its weight; null when none.
    /// </summary>
    public (int[] Arcs, double Weight)? Path(SearchStart start, int target, bool[]? bannedNodes = null, bool[]? bannedArcs = null)
    {
        var found = Run(start, target, bannedNodes, bannedArcs);
        return found < 0 ? null : (Trace(found), _dist[found]);
    }

    /// <summary>Cheapest weight from <paramref name="source"/> to every node (+∞ where unreachable).</summary>
    public double[] AllFrom(int source)
    {
        Run(new SearchStart(source), -1, null, null);
        var g = _graph;
        var result = new double[g.NodeCount];
        Array.Fill(result, double.PositiveInfinity);
        result[source] = 0;
        for (var s = 0; s < g.StateCount; s++)
        {
            if (_stamp[s] == _version && _dist[s] < result[g.NodeOf(s)])
                result[g.NodeOf(s)] = _dist[s];
        }
        return result;
    }

    private int Run(SearchStart start, int target, bool[]? bannedNodes, bool[]? bannedArcs)
    {
        var g = _graph;
        _version++;
        _heap.Clear();
        Settled = 0;
        var wantFlag = g.FlagCount - 1;
        if (start.Node == target && start.Flag == wantFlag)
            return -2;
        // The start is not a state of its own: its arcs are relaxed with the start's mode.
        Relax(start.Node, start.Mode, start.Flag, 0, -1, bannedNodes, bannedArcs);
        while (_heap.TryDequeue(out var s, out var d))
        {
            if (_done[s] || d > _dist[s])
                continue;
            _done[s] = true;
            Settled++;
            var node = g.NodeOf(s);
            if (node == target && g.FlagOf(s) == wantFlag)
                return s;
            Relax(node, g.ModeOf(s), g.FlagOf(s), d, s, bannedNodes, bannedArcs);
        }
        return -1;
    }

    private void Relax(int node, int mode, int flag, double d, int fromState, bool[]? bannedNodes, bool[]? bannedArcs)
    {
        var g = _graph;
        for (var a = g.FirstArc[node]; a < g.FirstArc[node + 1]; a++)
        {
            var w = g.Weight[a];
            if (double.IsPositiveInfinity(w) || (bannedArcs is not null && bannedArcs[a]))
                continue;
            var head = g.Head[a];
            if (bannedNodes is not null && bannedNodes[head])
                continue;
            var m = g.ArcMode[a];
            var nd = d + w + (mode >= 0 && m != mode ? g.TransferWeight : 0);
            var f = g.Via is not null && g.Via[a] ? 1 : flag;
            var t = g.State(head, m, f);
            if (_stamp[t] != _version)
            {
                _stamp[t] = _version;
                _done[t] = false;
                _dist[t] = double.PositiveInfinity;
            }
            if (nd < _dist[t])
            {
                _dist[t] = nd;
                _predArc[t] = a;
                _predState[t] = fromState;
                _heap.Enqueue(t, nd);
            }
        }
    }

    private int[] Trace(int state)
    {
        if (state == -2)
            return [];
        var arcs = new List<int>();
        for (var s = state; s >= 0; s = _predState[s])
            arcs.Add(_predArc[s]);
        arcs.Reverse();
        return arcs.ToArray();
    }
}
