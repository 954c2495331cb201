using System.Globalization;
using Caravan.Core.Network;

namespace Caravan.Core.Routing;

/// <summary>
/// Says why there is no route: which constraint closes every path (found by relaxing one group of
/// constraints at a time and searching again), and the reachable node nearest the destination.
/// </summary>
internal static class NoRouteDiagnosis
{
    public static string Explain(RoutePlanner planner, RouteRequest request, RouteQuery q)
    {
        var net = planner.Model.Network;
        var from = net.Nodes[q.Origin];
        var to = net.Nodes[q.Target];
        var head = $"no route from {from.Id} to {to.Id} for {request.Commodity.Id}";
        if (!net.ReachableFrom([q.Origin])[q.Target])
            return $"{head}: the network has no path from {from.Id} to {to.Id} at all";

        var k = request.Constraints;
        var c = request.Commodity;
        var relaxations = new List<(string Why, RouteRequest Relaxed)>();
        if (k.AvoidCountries.Count > 0)
            relaxations.Add((CountryReason(planner, request, to.Id), request with { Constraints = k with { AvoidCountries = [] } }));
        if (k.AvoidModes.Count > 0)
            relaxations.Add(($"every path to {to.Id} uses an avoided mode ({string.Join(", ", k.AvoidModes.Select(SnakeCase.Name))})", request with { Constraints = k with { AvoidModes = [] } }));
        if (k.AvoidChokepoints.Count > 0)
            relaxations.Add(($"every path to {to.Id} passes an avoided chokepoint ({string.Join(", ", k.AvoidChokepoints)})", request with { Constraints = k with { AvoidChokepoints = [] } }));
        if (k.AvoidNodes.Count > 0)
            relaxations.Add(($"every path to {to.Id} passes an avoided node ({string.Join(", ", k.AvoidNodes)})", request with { Constraints = k with { AvoidNodes = [] } }));
        if (k.AvoidLinks.Count > 0)
            relaxations.Add(($"every path to {to.Id} uses an avoided link ({string.Join(", ", k.AvoidLinks)})", request with { Constraints = k with { AvoidLinks = [] } }));
        if (c.ForbiddenModes.Count > 0 || c.LicensedNodesOnly)
            relaxations.Add(($"{c.Id} may not {Restrictions(c)}, and every path to {to.Id} needs that",
                request with { Commodity = c with { ForbiddenModes = [], LicensedNodesOnly = false } }));
        if (k.MaxModeChanges is { } m)
            relaxations.Add(($"every path to {to.Id} needs more than {m} mode change(s)", request with { Constraints = k with { MaxModeChanges = null } }));
        if (k.MaxDays is { } d)
            relaxations.Add((string.Create(CultureInfo.InvariantCulture, $"every path to {to.Id} takes longer than {d:0.#} days"), request with { Constraints = k with { MaxDays = null } }));
        if (k.HasVia)
            relaxations.Add(($"no allowed path to {to.Id} goes via {string.Join(" or ", k.ViaCountries.Concat(k.ViaModes.Select(SnakeCase.Name)))}",
                request with { Constraints = k with { ViaCountries = [], ViaModes = [] } }));

        var causes = relaxations.Where(r => planner.HasRoute(r.Relaxed)).Select(r => r.Why).ToList();
        var reason = causes.Count > 0
            ? string.Join("; or ", causes)
            : $"no path meets all of: {k.Describe()}{(c.ForbiddenModes.Count > 0 || c.LicensedNodesOnly ? $"; {c.Id} may not {Restrictions(c)}" : "")}";
        return $"{head}: {reason}; {Nearest(q, to)}";
    }

    // Which avoided countries close the way: those whose avoidance alone blocks every path.
    private static string CountryReason(RoutePlanner planner, RouteRequest request, string to)
    {
        var avoided = request.Constraints.AvoidCountries;
        if (avoided.Count == 1)
            return $"every path to {to} crosses {avoided[0]}, avoided";
        // The countries that, allowed alone, would open a path: each one is on every blocked path's way.
        var opening = avoided
            .Where(c => planner.HasRoute(request with { Constraints = request.Constraints with { AvoidCountries = avoided.Where(x => x != c).ToArray() } }))
            .ToList();
        if (opening.Count == avoided.Count)
            return $"every path to {to} crosses {string.Join(" or ", avoided)}, {(avoided.Count == 2 ? "both" : "all")} avoided";
        return opening.Count > 0
            ? $"every path to {to} crosses {string.Join(" or ", opening)} (avoided)"
            : $"every path to {to} crosses two or more of {string.Join(", ", avoided)} (avoided)";
    }

    private static string Restrictions(Data.Commodity c)
    {
        var parts = new List<string>();
        if (c.ForbiddenModes.Count > 0)
            parts.Add($"use {string.Join(" or ", c.ForbiddenModes.Select(SnakeCase.Name))}");
        if (c.LicensedNodesOnly)
            parts.Add($"pass ports or airports not licensed for class {c.HazardClass}");
        return string.Join(" nor ", parts);
    }

    private static string Nearest(RouteQuery q, Node to)
    {
        var g = q.Graph;
        var seen = new bool[g.NodeCount];
        var queue = new Queue<int>();
        seen[q.Origin] = true;
        queue.Enqueue(q.Origin);
        var best = q.Origin;
        var bestKm = GreatCircle.Km(q.Model.Network.Nodes[q.Origin], to);
        while (queue.Count > 0)
        {
            var n = queue.Dequeue();
            for (var a = g.FirstArc[n]; a < g.FirstArc[n + 1]; a++)
            {
                if (double.IsPositiveInfinity(g.Weight[a]) || seen[g.Head[a]])
                    continue;
                seen[g.Head[a]] = true;
                queue.Enqueue(g.Head[a]);
                var km = GreatCircle.Km(q.Model.Network.Nodes[g.Head[a]], to);
                if (km < bestKm)
                    (best, bestKm) = (g.Head[a], km);
            }
        }
        var node = q.Model.Network.Nodes[best];
        return string.Create(CultureInfo.InvariantCulture, $"nearest reachable: {node.Id} {node.Name} ({bestKm:N0} km from {to.Id})");
    }
}
