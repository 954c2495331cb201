namespace Caravan.Core.Routing;

/// <summary>
/// What Yen's algorithm needs from a path problem: the graph, a start, a constrained cheapest-path
/// search that honours banned nodes and arcs, and how to price a path. <see cref="RouteQuery"/> is the
/// full routing problem; <see cref="PlainPathSearch"/> is a bare weighted graph (benchmarks, peers).
/// </summary>
internal interface IPathSearch
{
    SearchGraph Graph { get; }

    int Origin { get; }

    SearchStart Start { get; }

    /// <summary>The cheapest loopless path from <paramref name="start"/> to the target, or null.</summary>
    int[]? Search(SearchStart start, bool[]? bannedNodes = null, bool[]? bannedArcs = null);

    /// <summary>Where a search continues after a prefix of arcs.</summary>
    SearchStart After(ReadOnlySpan<int> prefix);

    /// <summary>The cost of a whole path from the origin.</summary>
    double Weight(IReadOnlyList<int> arcs);

    /// <summary>The physical link an arc runs on (both directions of a two-way link share it).</summary>
    int LinkOf(int arc);
}
