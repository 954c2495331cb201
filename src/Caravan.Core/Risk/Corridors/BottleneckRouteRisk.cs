using System.Globalization;
using Caravan.Core.Data;

namespace Caravan.Core.Risk;

/// <summary>
/// Caravan's built-in route risk until the routing engine supplies one: over all feasible routes, the least
/// possible "worst transit country", scored as that country's WGI on the EU 0–10 scale divided by 10. Transit
/// countries are those crossed other than the origin's and the importer's; a country without WGI counts as the
/// worst (1.0), never as safe. Computed by sweeping thresholds with reachability (a bottleneck path).
/// </summary>
public sealed class BottleneckRouteRisk(Governance governance) : IRouteRiskSource
{
    /// <inheritdoc />
    public RouteRisk? BestRoute(Dataset dataset, Commodity commodity, IReadOnlyList<int> origins, IReadOnlyList<int> destinations)
    {
        var graph = new CorridorGraph(dataset, commodity);
        var network = graph.Network;
        var ends = origins.Concat(destinations).Select(i => network.Nodes[i].Country).ToHashSet(StringComparer.OrdinalIgnoreCase);
        double Risk(string country) => ends.Contains(country) ? 0 : (governance.Scaled(country) ?? EuCrmMethod.WorstWgi) / EuCrmMethod.WorstWgi;
        var nodeRisk = network.Nodes.Select(n => Risk(n.Country)).ToArray();
        var linkRisk = network.Links.Select(l => l.Countries.Count == 0 ? 0 : l.Countries.Max(Risk)).ToArray();
        if (!graph.Connected(origins, destinations))
            return null;
        foreach (var threshold in nodeRisk.Concat(linkRisk).Append(0).Distinct().Order())
        {
            if (!graph.Connected(origins, destinations, n => nodeRisk[n] > threshold, l => linkRisk[l] > threshold))
                continue;
            var drivers = network.Nodes.Select(n => n.Country).Concat(network.Links.SelectMany(l => l.Countries))
                .Where(c => !ends.Contains(c) && Math.Abs(Risk(c) - threshold) < 1e-12)
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)
                .Select(c => governance.Scaled(c) is { } w ? $"{c} WGI {w.ToString("0.00", CultureInfo.InvariantCulture)}" : $"{c} WGI no data (taken as worst)")
                .ToArray();
            return new RouteRisk(threshold, threshold == 0 ? ["no transit country"] : drivers, "bottleneck transit governance");
        }
        return null;
    }
}
