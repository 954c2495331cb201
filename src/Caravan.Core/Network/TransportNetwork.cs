namespace Caravan.Core.Network;

/// <summary>
/// The compiled, immutable network: nodes and links with dense integer indices and a CSR adjacency
/// of directed arcs, shared by routing, flows and simulation. A two-way link yields two arcs.
/// </summary>
public sealed class TransportNetwork
{
    private readonly Dictionary<string, int> _nodeIndex;
    private readonly Dictionary<string, int> _linkIndex;

    /// <summary>Compiles nodes and links. Links must refer to nodes in the list (the loader checks).</summary>
    public TransportNetwork(IReadOnlyList<Node> nodes, IReadOnlyList<Link> links)
    {
        Nodes = nodes.ToArray();
        Links = links.ToArray();
        _nodeIndex = new Dictionary<string, int>(Nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < Nodes.Length; i++)
            _nodeIndex.Add(Nodes[i].Id, i);
        _linkIndex = new Dictionary<string, int>(Links.Length, StringComparer.Ordinal);
        for (var i = 0; i < Links.Length; i++)
            _linkIndex.Add(Links[i].Id, i);

        var arcs = new List<(int From, int To, int Link, bool Reverse)>(Links.Length * 2);
        for (var l = 0; l < Links.Length; l++)
        {
            var from = _nodeIndex[Links[l].From];
            var to = _nodeIndex[Links[l].To];
            arcs.Add((from, to, l, false));
            if (Links[l].TwoWay)
                arcs.Add((to, from, l, true));
        }
        // Stable order by tail keeps arc numbering deterministic for a given dataset.
        var ordered = arcs.Select((a, i) => (a, i)).OrderBy(x => x.a.From).ThenBy(x => x.i).Select(x => x.a).ToArray();
        ArcTail = ordered.Select(a => a.From).ToArray();
        ArcHead = ordered.Select(a => a.To).ToArray();
        ArcLink = ordered.Select(a => a.Link).ToArray();
        ArcReversed = ordered.Select(a => a.Reverse).ToArray();
        FirstArc = new int[Nodes.Length + 1];
        foreach (var arc in ordered)
            FirstArc[arc.From + 1]++;
        for (var n = 0; n < Nodes.Length; n++)
            FirstArc[n + 1] += FirstArc[n];

        FirstInArc = new int[Nodes.Length + 1];
        foreach (var head in ArcHead)
            FirstInArc[head + 1]++;
        for (var n = 0; n < Nodes.Length; n++)
            FirstInArc[n + 1] += FirstInArc[n];
        Endpoint = Nodes.Select(n => n.IsEndpoint).ToArray();
        InArcs = new int[ArcHead.Length];
        var fill = FirstInArc[..^1].ToArray();
        for (var a = 0; a < ArcHead.Length; a++)
            InArcs[fill[ArcHead[a]]++] = a;
    }

    /// <summary>Nodes by dense index.</summary>
    public Node[] Nodes { get; }

    /// <summary>Links by dense index.</summary>
    public Link[] Links { get; }

    /// <summary>CSR offsets: the arcs leaving node n are <c>FirstArc[n] .. FirstArc[n+1]-1</c>.</summary>
    public int[] FirstArc { get; }

    /// <summary>Tail node of each arc.</summary>
    public int[] ArcTail { get; }

    /// <summary>Head node of each arc.</summary>
    public int[] ArcHead { get; }

    /// <summary>The link each arc runs along.</summary>
    public int[] ArcLink { get; }

    /// <summary>True where the arc runs a two-way link against its written direction.</summary>
    public bool[] ArcReversed { get; }

    /// <summary>CSR offsets into <see cref="InArcs"/>: the arcs entering node n.</summary>
    public int[] FirstInArc { get; }

    /// <summary>Arc indices grouped by head node.</summary>
    public int[] InArcs { get; }

    /// <summary>
    /// Per node: a mine, plant or customer (<see cref="Node.IsEndpoint"/>), which cargo may leave only
    /// where its journey starts and enter only where it ends.
    /// </summary>
    public bool[] Endpoint { get; }

    /// <summary>
    /// True when a journey from <paramref name="origin"/> may run arc <paramref name="arc"/>: its tail
    /// is the origin or a node cargo may pass through. The one rule that keeps endpoints off every
    /// route, for searches that start at <paramref name="origin"/>.
    /// </summary>
    public bool MayLeave(int arc, int origin) => ArcTail[arc] == origin || !Endpoint[ArcTail[arc]];

    /// <summary>Number of directed arcs.</summary>
    public int ArcCount => ArcHead.Length;

    /// <summary>Dense index of a node id, or -1.</summary>
    public int NodeIndex(string id) => _nodeIndex.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Dense index of a link id, or -1.</summary>
    public int LinkIndex(string id) => _linkIndex.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The arcs leaving node <paramref name="node"/>.</summary>
    public Range OutArcs(int node) => FirstArc[node]..FirstArc[node + 1];

    /// <summary>
    /// Node indices reachable from <paramref name="sources"/> along arcs (breadth first). A journey
    /// starts at one source, so it may leave that source but passes through no other mine, plant or
    /// customer: those are reached, never gone through.
    /// </summary>
    public bool[] ReachableFrom(IEnumerable<int> sources)
    {
        var seen = new bool[Nodes.Length];
        var start = new bool[Nodes.Length];
        var queue = new Queue<int>();
        foreach (var s in sources)
        {
            start[s] = true;
            if (!seen[s])
            {
                seen[s] = true;
                queue.Enqueue(s);
            }
        }
        while (queue.Count > 0)
        {
            var n = queue.Dequeue();
            if (Endpoint[n] && !start[n])
                continue;
            for (var a = FirstArc[n]; a < FirstArc[n + 1]; a++)
            {
                if (!seen[ArcHead[a]])
                {
                    seen[ArcHead[a]] = true;
                    queue.Enqueue(ArcHead[a]);
                }
            }
        }
        return seen;
    }
}
