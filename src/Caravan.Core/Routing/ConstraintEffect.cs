using System.Globalization;
using Caravan.Core.Network;

namespace Caravan.Core.Routing;

/// <summary>
/// Says which constraint made the best route win: the route that would be best without the query's
/// constraints and the commodity's restrictions, and what it breaks.
/// </summary>
internal static class ConstraintEffect
{
    public static string? Explain(RoutePlanner planner, RouteRequest request, Route best)
    {
        var c = request.Commodity;
        var restricted = c.ForbiddenModes.Count > 0 || c.LicensedNodesOnly;
        if (request.Constraints == RouteConstraints.None && !restricted)
            return null;
        var free = request with
        {
            Constraints = RouteConstraints.None,
            Commodity = c with { ForbiddenModes = [], LicensedNodesOnly = false },
        };
        if (planner.Compile(free) is not { } q || q.Search(q.Start) is not { } arcs)
            return null;
        var rival = q.Explain(arcs);
        if (rival.Arcs.SequenceEqual(best.Arcs))
            return null;
        var broken = Broken(planner.Model.Network, request, rival);
        if (broken.Count == 0)
            return null;
        var pricedAsAsked = RouteExplainer.Explain(planner.Model, planner.Model.Table(c), q.Origin, rival.Arcs, request.Tonnes);
        return string.Format(CultureInfo.InvariantCulture,
            "without the constraints the best route would be {0} via {1} (US${2:N0} generalised, {3:N1} days), but it {4}",
            RouteFamily.Classify(rival), string.Join("-", rival.Countries), pricedAsAsked.GeneralisedCostUsd, Hours.ToDays(rival.Hours),
            string.Join(" and ", broken));
    }

    private static List<string> Broken(TransportNetwork net, RouteRequest request, Route rival)
    {
        var k = request.Constraints;
        var c = request.Commodity;
        var broken = new List<string>();
        var countries = rival.Countries.Where(x => k.AvoidCountries.Contains(x, StringComparer.OrdinalIgnoreCase)).ToList();
        if (countries.Count > 0)
            broken.Add($"crosses {string.Join(", ", countries)} (avoided)");
        foreach (var country in rival.Countries)
        {
            if (k.BarredBy(country) is { } rule)
                broken.Add($"crosses {country}, which {rule.Describe()} forbids for {c.Id}");
        }
        var modes = rival.Modes.Where(m => k.AvoidModes.Any(a => SnakeCase.Name(a) == m)).ToList();
        if (modes.Count > 0)
            broken.Add($"uses {string.Join(", ", modes)} (avoided)");
        var chokepoints = rival.Chokepoints.Where(x => k.AvoidChokepoints.Contains(x, StringComparer.OrdinalIgnoreCase)).ToList();
        if (chokepoints.Count > 0)
            broken.Add($"passes {string.Join(", ", chokepoints)} (avoided)");
        var nodes = rival.Legs.Select(l => l.To).Prepend(rival.From).Where(n => k.AvoidNodes.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        if (nodes.Count > 0)
            broken.Add($"passes {string.Join(", ", nodes)} (avoided)");
        var links = rival.Legs.Select(l => l.Link).Where(l => k.AvoidLinks.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList();
        if (links.Count > 0)
            broken.Add($"uses link {string.Join(", ", links)} (avoided)");
        var forbidden = rival.Modes.Where(m => c.ForbiddenModes.Any(f => SnakeCase.Name(f) == m)).ToList();
        if (forbidden.Count > 0)
            broken.Add($"uses {string.Join(", ", forbidden)}, which {c.Id} may not");
        if (c.LicensedNodesOnly)
        {
            var unlicensed = rival.Legs.Select(l => l.To).Prepend(rival.From)
                .Where(id => net.NodeIndex(id) is var i && !c.MayPass(net.Nodes[i])).ToList();
            if (unlicensed.Count > 0)
                broken.Add($"passes {string.Join(", ", unlicensed)}, not licensed for class {c.HazardClass}");
        }
        if (k.MaxModeChanges is { } m && rival.Transfers.Count > m)
            broken.Add($"changes mode {rival.Transfers.Count} times (max {m})");
        if (k.MaxDays is { } d && rival.Hours > Hours.FromDays(d))
            broken.Add(string.Create(CultureInfo.InvariantCulture, $"takes {Hours.ToDays(rival.Hours):N1} days (max {d:0.#})"));
        if (k.HasVia && !k.ViaCountries.Any(v => rival.Countries.Contains(v, StringComparer.OrdinalIgnoreCase))
            && !k.ViaModes.Any(v => rival.Modes.Contains(SnakeCase.Name(v))))
            broken.Add("does not go the required way");
        return broken;
    }
}
