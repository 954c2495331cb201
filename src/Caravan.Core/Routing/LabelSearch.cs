namespace Caravan.Core.Routing;

/// <summary>
/// Multi-criteria label setting (Martins' algorithm) on the states of a <see cref="SearchGraph"/>.
/// A label is a partial route's vector of criteria; at each state only labels that no other label
/// dominates are kept. Labels leave the heap in order of a key that strictly increases with
/// dominance, so a label that leaves is never dominated later. Used for the Pareto set, and for the
/// best route when route-wide limits (mode changes, days) make plain Dijkstra unsound.
/// </summary>
internal sealed class LabelSearch
{
    private readonly SearchGraph _graph;
    private readonly double[][] _arcCriteria;
    private readonly double[] _transferCriteria;
    private readonly int _dims;
    private readonly List<Label> _labels = [];
    private readonly List<double> _values = [];
    private readonly Dictionary<int, List<int>> _bags = [];

    /// <param name="graph">Adjacency, modes, via flags; arcs with infinite weight are forbidden.</param>
    /// <param name="arcCriteria">One array per criterion, indexed by arc; all non-negative.</param>
    /// <param name="transferCriteria">What one change of mode adds to each criterion.</param>
    public LabelSearch(SearchGraph graph, double[][] arcCriteria, double[] transferCriteria)
    {
        _graph = graph;
        _arcCriteria = arcCriteria;
        _transferCriteria = transferCriteria;
        _dims = arcCriteria.Length;
    }

    /// <summary>Criterion index that holds hours, for <see cref="MaxHours"/>; -1 = none.</summary>
    public int HoursIndex { get; init; } = -1;

    /// <summary>Labels whose hours exceed this are dropped.</summary>
    public double MaxHours { get; init; } = double.PositiveInfinity;

    /// <summary>Labels with more mode changes are dropped; null = no limit (changes then do not dominate).</summary>
    public int? MaxModeChanges { get; init; }

    /// <summary>ε ≥ 0: a label is dropped when another is within a factor (1 + ε) of it in every criterion.</summary>
    public double Epsilon { get; init; }

    /// <summary>Most labels kept per state; null = no cap.</summary>
    public int? CapPerState { get; init; }

    /// <summary>True: order by the first criterion only and stop at the first label at the target.</summary>
    public bool FirstOnly { get; init; }

    /// <summary>True when ε or the cap dropped a label that exact dominance would have kept.</summary>
    public bool Approximated { get; private set; }

    /// <summary>Labels created in the last run (for benchmarks and tests).</summary>
    public int LabelCount => _labels.Count;

    /// <summary>Runs from <paramref name="start"/>; returns the non-dominated (or first) routes to <paramref name="target"/> as arcs with their criteria.</summary>
    public List<(int[] Arcs, double[] Criteria)> Run(SearchStart start, int target, double[] startCriteria,
        bool[]? bannedNodes = null, bool[]? bannedArcs = null)
    {
        var g = _graph;
        _labels.Clear();
        _values.Clear();
        _bags.Clear();
        Approximated = false;
        var wantFlag = g.FlagCount - 1;
        var results = new List<int>();
        var heap = new PriorityQueue<int, double>();
        var root = Add(-1, -1, -1, start.ModeChanges, startCriteria);
        if (start.Node == target && start.Flag == wantFlag)
            return [([], startCriteria)];
        Expand(root, start.Node, start.Mode, start.Flag, heap, bannedNodes, bannedArcs);
        while (heap.TryDequeue(out var l, out _))
        {
            var label = _labels[l];
            if (label.Dead)
                continue;
            var node = g.NodeOf(label.State);
            if (node == target && g.FlagOf(label.State) == wantFlag)
            {
                results.Add(l);
                if (FirstOnly)
                    break;
                continue; // a route ends at its target: going on and coming back would be a loop
            }
            Expand(l, node, g.ModeOf(label.State), g.FlagOf(label.State), heap, bannedNodes, bannedArcs);
        }
        return results.Where(r => !_labels[r].Dead).Select(r => (Trace(r), Criteria(r))).ToList();
    }

    private void Expand(int from, int node, int mode, int flag, PriorityQueue<int, double> heap, bool[]? bannedNodes, bool[]? bannedArcs)
    {
        var g = _graph;
        var parent = _labels[from];
        Span<double> next = stackalloc double[_dims];
        for (var a = g.FirstArc[node]; a < g.FirstArc[node + 1]; a++)
        {
            if (double.IsPositiveInfinity(g.Weight[a]) || (bannedArcs is not null && bannedArcs[a]))
                continue;
            var head = g.Head[a];
            if (bannedNodes is not null && bannedNodes[head])
                continue;
            int m = g.ArcMode[a];
            var change = mode >= 0 && m != mode;
            var changes = parent.Changes + (change ? 1 : 0);
            if (changes > MaxModeChanges)
                continue;
            for (var i = 0; i < _dims; i++)
                next[i] = _values[parent.Offset + i] + _arcCriteria[i][a] + (change ? _transferCriteria[i] : 0);
            if (HoursIndex >= 0 && next[HoursIndex] > MaxHours)
                continue;
            var f = g.Via is not null && g.Via[a] ? 1 : flag;
            var state = g.State(head, m, f);
            if (!Admit(state, next, changes))
                continue;
            var id = Add(state, from, a, changes, next);
            _bags[state].Add(id);
            heap.Enqueue(id, Key(next, changes));
        }
    }

    private double Key(ReadOnlySpan<double> v, int changes)
    {
        if (FirstOnly)
            return v[0];
        var sum = changes * 1e-9;
        foreach (var x in v)
            sum += x;
        return sum;
    }

    // True when no label at the state dominates the candidate; kills the labels it dominates.
    private bool Admit(int state, ReadOnlySpan<double> v, int changes)
    {
        if (!_bags.TryGetValue(state, out var bag))
        {
            _bags[state] = [];
            return true;
        }
        var countChanges = MaxModeChanges is not null;
        foreach (var other in bag)
        {
            var o = _labels[other];
            if (countChanges && o.Changes > changes)
                continue;
            if (Covers(o.Offset, v, 0))
                return false;
            if (Epsilon > 0 && Covers(o.Offset, v, Epsilon))
            {
                Approximated = true;
                return false;
            }
        }
        for (var i = bag.Count - 1; i >= 0; i--)
        {
            var o = _labels[bag[i]];
            if ((countChanges && o.Changes < changes) || !Dominates(v, o.Offset))
                continue;
            _labels[bag[i]] = o with { Dead = true };
            bag.RemoveAt(i);
        }
        if (CapPerState is { } cap && bag.Count >= cap)
        {
            Approximated = true;
            return false;
        }
        return true;
    }

    // The stored label is within (1 + eps) of v in every criterion (weak dominance when eps = 0).
    private bool Covers(int offset, ReadOnlySpan<double> v, double eps)
    {
        for (var i = 0; i < _dims; i++)
        {
            if (_values[offset + i] > v[i] * (1 + eps) + 1e-12)
                return false;
        }
        return true;
    }

    private bool Dominates(ReadOnlySpan<double> v, int offset)
    {
        for (var i = 0; i < _dims; i++)
        {
            if (v[i] > _values[offset + i])
                return false;
        }
        return true;
    }

    private int Add(int state, int parent, int arc, int changes, ReadOnlySpan<double> criteria)
    {
        var offset = _values.Count;
        foreach (var x in criteria)
            _values.Add(x);
        _labels.Add(new Label(state, parent, arc, changes, offset, false));
        return _labels.Count - 1;
    }

    private double[] Criteria(int label)
    {
        var o = _labels[label].Offset;
        return _values.GetRange(o, _dims).ToArray();
    }

    private int[] Trace(int label)
    {
        var arcs = new List<int>();
        for (var l = label; _labels[l].Arc >= 0; l = _labels[l].Parent)
            arcs.Add(_labels[l].Arc);
        arcs.Reverse();
        return arcs.ToArray();
    }

    private readonly record struct Label(int State, int Parent, int Arc, int Changes, int Offset, bool Dead);
}
