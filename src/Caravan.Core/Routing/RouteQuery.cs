namespace Caravan.Core.Routing;

/// <summary>
/// One route question compiled for searching: the cost table, the constrained search graph, the
/// origin and target indices, and the search that fits the constraints (Dijkstra, or label
/// setting when route-wide limits are set).
/// </summary>
internal sealed class RouteQuery : IPathSearch
{
    private Dijkstra? _dijkstra;
    private LabelSearch? _limited;

    public RouteQuery(CostModel model, RouteRequest request, int origin, int target)
    {
        Model = model;
        Request = request;
        Origin = origin;
        Target = target;
        Constraints = request.Constraints;
        Table = model.Table(request.Commodity);
        Graph = SearchGraph.For(model, Table, Constraints, origin);
        OriginCost = model.Origin(origin, request.Commodity);
    }

    public CostModel Model { get; }

    public RouteRequest Request { get; }

    public RouteConstraints Constraints { get; }

    public CostTable Table { get; }

    public SearchGraph Graph { get; }

    public int Origin { get; }

    public int Target { get; }

    public CostBreakdown OriginCost { get; }

    public SearchStart Start => new(Origin, -1, 0, OriginCost.Hours, 0);

    /// <summary>The cheapest path from <paramref name="start"/> to the target (loops cut), or null.</summary>
    public int[]? Search(SearchStart start, bool[]? bannedNodes = null, bool[]? bannedArcs = null)
    {
        if (!Constraints.HasLimits)
        {
            _dijkstra ??= new Dijkstra(Graph);
            return _dijkstra.Path(start, Target, bannedNodes, bannedArcs)?.Arcs is { } arcs
                ? Simple(start, arcs, bannedNodes is null && bannedArcs is null)
                : null;
        }
        _limited ??= new LabelSearch(Graph, [Table.Generalised, Table.Hours], [Table.Transfer.GeneralisedUsd, Table.Transfer.Hours])
        {
            HoursIndex = 1,
            MaxHours = Constraints.MaxDays is { } d ? Hours.FromDays(d) : double.PositiveInfinity,
            MaxModeChanges = Constraints.MaxModeChanges,
            FirstOnly = true,
        };
        var found = _limited.Run(start, Target, [0, start.Hours], bannedNodes, bannedArcs);
        return found.Count == 0 ? null : Simple(start, found[0].Arcs, bannedNodes is null && bannedArcs is null);
    }

    /// <summary>Most loopless paths Yen enumerates to find the best simple path that meets a via requirement.</summary>
    public const int ViaSearchBudget = 500;

    // The cheapest walk with its cycles cut. When only a cycle meets the via requirement (an
    // excursion into the via country and back), the best simple path that meets it is found by
    // enumerating loopless paths in order of cost (Yen) without the requirement and taking the
    // first that meets it: none within the budget and fewer paths than the budget → no route.
    private int[]? Simple(SearchStart start, int[] walk, bool unbanned)
    {
        var path = Loopless(start, walk);
        if (!ReferenceEquals(path, walk) || Graph.Via is null || !unbanned || start != Start || Cut(start.Node, walk).Length == walk.Length)
            return path;
        var plain = new RouteQuery(Model, Request with { Constraints = Constraints with { ViaCountries = [], ViaModes = [] } }, Origin, Target);
        var (paths, _) = YenKShortest.Run(plain, ViaSearchBudget, 1.0);
        var via = Graph.Via;
        return paths.FirstOrDefault(p => p.Any(a => via[a])) ?? (paths.Count < ViaSearchBudget ? null : walk);
    }

    /// <summary>Where a search continues after <paramref name="prefix"/>: node, mode, via flag, hours and changes used.</summary>
    public SearchStart After(ReadOnlySpan<int> prefix)
    {
        if (prefix.Length == 0)
            return Start;
        var hours = OriginCost.Hours;
        var changes = 0;
        var flag = 0;
        for (var i = 0; i < prefix.Length; i++)
        {
            var a = prefix[i];
            hours += Table.Hours[a];
            if (i > 0 && Graph.ArcMode[a] != Graph.ArcMode[prefix[i - 1]])
            {
                changes++;
                hours += Table.Transfer.Hours;
            }
            if (Graph.Via is not null && Graph.Via[a])
                flag = 1;
        }
        var last = prefix[^1];
        return new SearchStart(Graph.Head[last], Graph.ArcMode[last], flag, hours, changes);
    }

    /// <summary>Generalised cost per tonne of a path from the origin, transfers included.</summary>
    public double Weight(IReadOnlyList<int> arcs)
    {
        var w = OriginCost.GeneralisedUsd;
        for (var i = 0; i < arcs.Count; i++)
        {
            w += Table.Generalised[arcs[i]];
            if (i > 0 && Graph.ArcMode[arcs[i]] != Graph.ArcMode[arcs[i - 1]])
                w += Table.Transfer.GeneralisedUsd;
        }
        return w;
    }

    public int LinkOf(int arc) => Model.Network.ArcLink[arc];

    public Route Explain(IReadOnlyList<int> arcs) => RouteExplainer.Explain(Model, Table, Origin, arcs, Request.Tonnes);

    /// <summary>
    /// Cuts every cycle out of a walk. With non-negative costs and a transfer price that is the same
    /// for every change of mode, the cut walk costs no more in any criterion, so this only breaks ties.
    /// </summary>
    /// <remarks>
    /// A cycle that alone meets the via requirement is kept (the walk is returned uncut): the
    /// requirement outranks looplessness there, and that only happens when no simple path meets it cheaper.
    /// </remarks>
    public int[] Loopless(SearchStart start, int[] arcs)
    {
        var cut = Cut(start.Node, arcs);
        if (Graph.Via is null || start.Flag == 1 || cut.Length == arcs.Length)
            return cut;
        return cut.Any(a => Graph.Via[a]) ? cut : arcs;
    }

    private int[] Cut(int start, int[] arcs)
    {
        var position = new Dictionary<int, int> { [start] = 0 };
        var kept = new List<int>(arcs.Length);
        foreach (var a in arcs)
        {
            var head = Graph.Head[a];
            if (position.TryGetValue(head, out var p))
            {
                for (var i = p; i < kept.Count; i++)
                    position.Remove(Graph.Head[kept[i]]);
                kept.RemoveRange(p, kept.Count - p);
                position[head] = p;
                continue;
            }
            kept.Add(a);
            position[head] = kept.Count;
        }
        return kept.ToArray();
    }
}
