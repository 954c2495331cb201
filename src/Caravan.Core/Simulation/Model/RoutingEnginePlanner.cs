using System.Collections.Concurrent;
using System.Text;
using Caravan.Core.Data;
using Caravan.Core.Routing;

namespace Caravan.Core.Simulation;

/// <summary>
/// The routing engine behind <see cref="IRoutePlanner"/>: a lot follows the route with the lowest
/// generalised cost (money, time value, carbon, risk premium) that meets the commodity's rules, as
/// <see cref="RoutePlanner.Best"/> (and so <c>caravan route</c>) returns it for the same dataset.
/// Blocked nodes and links become the request's avoid sets (<c>--avoid-node</c>, <c>--avoid-link</c>).
/// Answers are deterministic and cached per origin, destination, commodity and blocked set, so
/// re-routing many lots around one closure plans once; thread-safe.
/// </summary>
public sealed class RoutingEnginePlanner : IRoutePlanner
{
    private readonly Func<int, Commodity, bool>? _arcForbidden;
    private readonly ConcurrentDictionary<string, PlannedRoute?> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool[]> _forbiddenArcs = new(StringComparer.Ordinal);

    /// <summary>
    /// A planner asking <paramref name="engine"/>. <paramref name="constraints"/> are query-time
    /// constraints every route meets (a route family, avoided countries); <paramref name="arcForbidden"/>,
    /// when given, rules out arcs for a commodity (a scenario's export ban, which the engine's
    /// constraints cannot say).
    /// </summary>
    public RoutingEnginePlanner(RoutePlanner engine, RouteConstraints? constraints = null, Func<int, Commodity, bool>? arcForbidden = null)
    {
        Engine = engine;
        Constraints = constraints ?? RouteConstraints.None;
        _arcForbidden = arcForbidden;
    }

    /// <summary>A planner with the default cost parameters over <paramref name="dataset"/>, as <c>caravan route</c> prices it.</summary>
    public RoutingEnginePlanner(Dataset dataset, RouteConstraints? constraints = null, Func<int, Commodity, bool>? arcForbidden = null)
        : this(new RoutePlanner(new CostModel(dataset)), constraints, arcForbidden)
    {
    }

    /// <summary>The routing engine asked.</summary>
    public RoutePlanner Engine { get; }

    /// <summary>Constraints every route meets, on top of the commodity's own.</summary>
    public RouteConstraints Constraints { get; }

    /// <summary>Distinct questions planned so far (cache entries).</summary>
    public int Planned => _routes.Count;

    /// <inheritdoc />
    /// <remarks><see cref="PlannedRoute.PlannedHours"/> is the engine's expected door-to-door hours (its <see cref="Route.Hours"/>).</remarks>
    public PlannedRoute? FindRoute(int fromNode, int toNode, Commodity commodity, bool[]? blockedNodes = null, bool[]? blockedLinks = null)
    {
        var key = Key(fromNode, toNode, commodity, blockedNodes, blockedLinks);
        return _routes.TryGetValue(key, out var known) ? known : _routes.GetOrAdd(key, Plan(fromNode, toNode, commodity, blockedNodes, blockedLinks));
    }

    private PlannedRoute? Plan(int fromNode, int toNode, Commodity commodity, bool[]? blockedNodes, bool[]? blockedLinks)
    {
        var net = Engine.Model.Network;
        var avoid = new RouteConstraints
        {
            AvoidNodes = Marked(blockedNodes).Select(n => net.Nodes[n].Id).ToArray(),
            AvoidLinks = Marked(blockedLinks).Select(l => net.Links[l].Id).ToArray(),
        };
        var request = new RouteRequest(net.Nodes[fromNode].Id, net.Nodes[toNode].Id, commodity)
        {
            Constraints = Constraints.And(avoid),
        };
        if (Engine.Compile(request) is not { } query)
            return null;
        // The same search RoutePlanner.Best starts Yen with: the first path is the best route.
        var arcs = _arcForbidden is null
            ? query.Search(query.Start)
            : query.Search(query.Start, bannedArcs: _forbiddenArcs.GetOrAdd(commodity.Id, _ => ForbiddenArcs(commodity)));
        return arcs is null ? null : new PlannedRoute(arcs, query.After(arcs).Hours);
    }

    private bool[] ForbiddenArcs(Commodity commodity)
    {
        var banned = new bool[Engine.Model.Network.ArcCount];
        for (var a = 0; a < banned.Length; a++)
            banned[a] = _arcForbidden!(a, commodity);
        return banned;
    }

    private static IEnumerable<int> Marked(bool[]? flags)
    {
        if (flags is null)
            yield break;
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i])
                yield return i;
        }
    }

    /// <summary>"from>to>commodity|n,n,…|l,l,…" with the blocked indices in ascending order: equal questions, equal keys.</summary>
    private static string Key(int fromNode, int toNode, Commodity commodity, bool[]? blockedNodes, bool[]? blockedLinks)
    {
        var key = new StringBuilder();
        key.Append(fromNode).Append('>').Append(toNode).Append('>').Append(commodity.Id).Append('|');
        foreach (var n in Marked(blockedNodes))
            key.Append(n).Append(',');
        key.Append('|');
        foreach (var l in Marked(blockedLinks))
            key.Append(l).Append(',');
        return key.ToString();
    }
}
