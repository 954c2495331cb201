using System.Globalization;

namespace Caravan.Core.Routing;

/// <summary>
/// The entry point for route questions: the best route, k alternatives, or the Pareto set over
/// money, time, CO2 and risk, each explained, or the reason there is none.
/// </summary>
public sealed class RoutePlanner
{
    /// <summary>A planner that prices with <paramref name="model"/>.</summary>
    public RoutePlanner(CostModel model) => Model = model;

    /// <summary>The cost model in use.</summary>
    public CostModel Model { get; }

    /// <summary>The route with the lowest generalised cost that meets every constraint.</summary>
    public RouteResult Best(RouteRequest request) => Alternatives(request, 1);

    /// <summary>
    /// Up to <paramref name="k"/> loopless routes in order of generalised cost (Yen). With
    /// <paramref name="maxSharedFraction"/> below 1, a route is skipped when more than that fraction of
    /// its generalised cost lies on links an earlier route already uses, so the list shows real choices.
    /// </summary>
    public RouteResult Alternatives(RouteRequest request, int k, double maxSharedFraction = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (Compile(request) is not { } q)
            return RouteResult.None(UnknownNode(request));
        var (paths, skipped) = YenKShortest.Run(q, k, maxSharedFraction);
        if (paths.Count == 0)
            return RouteResult.None(NoRouteDiagnosis.Explain(this, request, q));
        var routes = paths.Select(q.Explain).ToList();
        var notes = new List<string>();
        if (k > 1 && routes.Count < k)
            notes.Add($"{routes.Count} of {k} alternatives exist under these constraints");
        if (skipped > 0)
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{skipped} route(s) skipped as too similar (over {maxSharedFraction:P0} of their cost on links already shown)"));
        var ranked = RouteRanking.RankByCost(routes);
        if (ConstraintEffect.Explain(this, request, ranked[0]) is { } effect)
            ranked[0] = ranked[0] with { Why = $"{ranked[0].Why}; {effect}" };
        return new RouteResult(ranked, null, notes);
    }

    /// <summary>
    /// Every route that no other route beats on all of money, hours, CO2 and risk (label setting
    /// with dominance pruning), ordered by generalised cost.
    /// </summary>
    public RouteResult Pareto(RouteRequest request, ParetoOptions? options = null)
    {
        options ??= ParetoOptions.Exact;
        if (Compile(request) is not { } q)
            return RouteResult.None(UnknownNode(request));
        var t = q.Table;
        var search = new LabelSearch(q.Graph, [t.Money, t.Hours, t.Co2, t.Hazard],
            [t.Transfer.MoneyUsd, t.Transfer.Hours, t.Transfer.Co2Kg, t.Transfer.Hazard])
        {
            HoursIndex = 1,
            MaxHours = q.Constraints.MaxDays is { } d ? Hours.FromDays(d) : double.PositiveInfinity,
            MaxModeChanges = q.Constraints.MaxModeChanges,
            Epsilon = options.Epsilon,
            CapPerState = options.CapPerNode,
        };
        var o = q.OriginCost;
        var labels = search.Run(q.Start, q.Target, [o.MoneyUsd, o.Hours, o.Co2Kg, o.Hazard]);
        if (labels.Count == 0)
            return RouteResult.None(NoRouteDiagnosis.Explain(this, request, q));
        var routes = labels
            .Select(l => q.Loopless(q.Start, l.Arcs))
            .DistinctBy(a => string.Join(',', a))
            .Select(q.Explain)
            .ToList();
        var notes = new List<string>();
        if (search.Approximated)
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"approximate Pareto set: {(options.Epsilon > 0 ? $"ε-dominance with ε = {options.Epsilon}" : "")}{(options.Epsilon > 0 && options.CapPerNode is not null ? " and " : "")}{(options.CapPerNode is { } cap ? $"at most {cap} labels per node and mode" : "")} dropped some routes"));
        return new RouteResult(RouteRanking.RankPareto(RouteRanking.NonDominated(routes)), null, notes);
    }

    /// <summary>True when some route meets the request (no explanation, no diagnosis: cheap).</summary>
    internal bool HasRoute(RouteRequest request) => Compile(request) is { } q && q.Search(q.Start) is not null;

    internal RouteQuery? Compile(RouteRequest request)
    {
        var net = Model.Network;
        var origin = net.NodeIndex(request.From);
        var target = net.NodeIndex(request.To);
        return origin < 0 || target < 0 ? null : new RouteQuery(Model, request, origin, target);
    }

    private string UnknownNode(RouteRequest request) =>
        Model.Network.NodeIndex(request.From) < 0 ? $"unknown node '{request.From}'" : $"unknown node '{request.To}'";
}
