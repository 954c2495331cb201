namespace Caravan.Core.Routing;

/// <summary>A bare weighted graph with one mode and no limits: Dijkstra, and Yen on top of it.</summary>
internal sealed class PlainPathSearch : IPathSearch
{
    private readonly Dijkstra _dijkstra;
    private readonly int _target;

    public PlainPathSearch(SearchGraph graph, Dijkstra dijkstra, int origin, int target)
    {
        Graph = graph;
        _dijkstra = dijkstra;
        Origin = origin;
        _target = target;
    }

    public SearchGraph Graph { get; }

    public int Origin { get; }

    public SearchStart Start => new(Origin);

    public int[]? Search(SearchStart start, bool[]? bannedNodes = null, bool[]? bannedArcs = null) =>
        _dijkstra.Path(start, _target, bannedNodes, bannedArcs)?.Arcs;

    public SearchStart After(ReadOnlySpan<int> prefix) =>
        prefix.Length == 0 ? Start : new SearchStart(Graph.Head[prefix[^1]], Graph.ArcMode[prefix[^1]]);

    public double Weight(IReadOnlyList<int> arcs)
    {
        var w = 0.0;
        for (var i = 0; i < arcs.Count; i++)
        {
            w += Graph.Weight[arcs[i]];
            if (i > 0 && Graph.ArcMode[arcs[i]] != Graph.ArcMode[arcs[i - 1]])
                w += Graph.TransferWeight;
        }
        return w;
    }

    public int LinkOf(int arc) => arc;
}
