using System.Globalization;
using Caravan.Core.Data;

namespace Caravan.Core.Risk;

/// <summary>
/// Caravan's corridor exposure (rationale in docs/risk.md): for each origin of an importer's supply, which
/// transit countries and chokepoints every feasible route depends on (removing one disconnects the origin's
/// supply nodes from the importer's demand nodes under the commodity's restrictions), the risk of the best
/// route, and a combined score a buyer can compare across sources.
/// </summary>
public sealed class CorridorExposure
{
    // The EU as an importer: demand nodes in any member state (EU-27, 2020 onward).
    private static readonly string[] EuMembers =
        ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];

    private readonly Dataset _dataset;
    private readonly Governance _governance;
    private readonly IRouteRiskSource _routeRisk;

    /// <summary>Analyses on <paramref name="dataset"/>; <paramref name="routeRisk"/> defaults to <see cref="BottleneckRouteRisk"/>.</summary>
    public CorridorExposure(Dataset dataset, Governance governance, IRouteRiskSource? routeRisk = null)
    {
        _dataset = dataset;
        _governance = governance;
        _routeRisk = routeRisk ?? new BottleneckRouteRisk(governance);
    }

    /// <summary>
    /// Exposure of <paramref name="importer"/>'s supply of <paramref name="mineral"/>, given the origins' shares
    /// and a trade parameter per origin (export restrictions).
    /// </summary>
    public CorridorReport Analyse(string mineral, string importer, IReadOnlyList<(string Origin, double Share)> origins,
        Func<string, double>? tradeParameter = null)
    {
        tradeParameter ??= _ => 1.0;
        var commodities = _dataset.Commodities
            .Where(c => string.Equals(c.Mineral, mineral, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Id, mineral, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (commodities.Count == 0)
            return new CorridorReport(mineral, importer, [], [], 0, null, $"the network has no commodity of mineral '{mineral}'");
        var network = _dataset.Network;
        var results = new List<OriginExposure>();
        foreach (var (origin, share) in origins.OrderByDescending(o => o.Share))
        {
            if (Concentration.IsUnattributed(origin))
            {
                results.Add(new OriginExposure(origin, share, OriginStatus.Unattributed, [], [], null, null, null, ["origin not itemised in the source: no data"]));
                continue;
            }
            var governance = _governance.Scaled(origin) is { } w ? Math.Min(1.0, w * tradeParameter(origin) / EuCrmMethod.WorstWgi) : (double?)null;
            var govDriver = _governance.Scaled(origin) is { } wgi
                ? $"origin {origin}: WGI {F(wgi)} × t {F(tradeParameter(origin))}"
                : $"origin {origin}: WGI no data";
            if (string.Equals(origin, importer, StringComparison.OrdinalIgnoreCase))
            {
                results.Add(new OriginExposure(origin, share, OriginStatus.Domestic, [], [], new RouteRisk(0, ["domestic"], "domestic"),
                    governance, governance * 10, [govDriver, "domestic: no corridor"]));
                continue;
            }
            var found = false;
            foreach (var commodity in commodities)
            {
                var from = Nodes(_dataset.Supply.Where(s => s.Commodity == commodity.Id).Select(s => s.Node), origin);
                var to = Nodes(_dataset.Demand.Where(d => d.Commodity == commodity.Id).Select(d => d.Node), importer, EuropeanUnion(importer));
                if (from.Count == 0 || to.Count == 0)
                    continue;
                found = true;
                var graph = new CorridorGraph(_dataset, commodity);
                if (!graph.Connected(from, to))
                {
                    results.Add(new OriginExposure(origin, share, OriginStatus.NoRoute, [], [], null, governance, null,
                        [govDriver, $"no feasible route for {commodity.Id}: supply stranded"]));
                    break;
                }
                var countries = network.Nodes.Select(n => n.Country).Concat(network.Links.SelectMany(l => l.Countries))
                    .Where(c => !string.Equals(c, origin, StringComparison.OrdinalIgnoreCase) && !string.Equals(c, importer, StringComparison.OrdinalIgnoreCase)
                        && !(EuropeanUnion(importer) && EuMembers.Contains(c, StringComparer.OrdinalIgnoreCase)))
                    .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)
                    .Where(c => !graph.Connected(from, to,
                        n => string.Equals(network.Nodes[n].Country, c, StringComparison.OrdinalIgnoreCase),
                        l => network.Links[l].Countries.Contains(c, StringComparer.OrdinalIgnoreCase)))
                    .ToArray();
                var chokepoints = network.Links.SelectMany(l => l.Chokepoints).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                    .Where(c => !graph.Connected(from, to, null, l => network.Links[l].Chokepoints.Contains(c)))
                    .ToArray();
                var route = _routeRisk.BestRoute(_dataset, commodity, from, to);
                double? combined = governance is { } g && route is { } r ? 10.0 * (1.0 - (1.0 - g) * (1.0 - r.Score)) : null;
                var drivers = new List<string> { govDriver };
                if (route is not null)
                    drivers.Add($"best route ({route.Method}): {F(route.Score)} from {string.Join(", ", route.Drivers)}");
                if (countries.Length > 0 || chokepoints.Length > 0)
                    drivers.Add($"every route depends on {string.Join(", ", countries.Concat(chokepoints))}");
                results.Add(new OriginExposure(origin, share, OriginStatus.Connected, countries, chokepoints, route, governance, combined, drivers));
                break;
            }
            if (!found)
                results.Add(new OriginExposure(origin, share, OriginStatus.NotInNetwork, [], [], null, governance, null,
                    [govDriver, $"the network has no supply of {mineral} in {origin} or no demand in {importer}"]));
        }

        var dependencies = results
            .SelectMany(o => o.CountryDependencies.Select(c => (Id: c, Chokepoint: false, o.Share))
                .Concat(o.ChokepointDependencies.Select(c => (Id: c, Chokepoint: true, o.Share))))
            .GroupBy(d => (d.Id, d.Chokepoint))
            .Select(g => new Dependency(g.Key.Id, g.Key.Chokepoint, g.Sum(d => d.Share)))
            .OrderByDescending(d => d.Share).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
        var covered = results.Where(o => o.Combined is not null).ToList();
        var coveredShare = covered.Sum(o => o.Share);
        double? weighted = coveredShare > 0 ? covered.Sum(o => o.Share * o.Combined!.Value) / coveredShare : null;
        return new CorridorReport(mineral, importer, results, dependencies, coveredShare, weighted, null);
    }

    private List<int> Nodes(IEnumerable<string> ids, string country, bool euMember = false) =>
        ids.Select(_dataset.Network.NodeIndex)
            .Where(i => i >= 0 && (string.Equals(_dataset.Network.Nodes[i].Country, country, StringComparison.OrdinalIgnoreCase)
                || (euMember && EuMembers.Contains(_dataset.Network.Nodes[i].Country, StringComparer.OrdinalIgnoreCase))))
            .Distinct().ToList();

    private static bool EuropeanUnion(string importer) => string.Equals(importer, "EU", StringComparison.OrdinalIgnoreCase);

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
