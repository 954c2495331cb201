using System.Globalization;
using Caravan.Core.Data;
using Caravan.Core.Routing;

namespace Caravan.Core.Risk;

/// <summary>
/// Route risk from the routing engine: among every origin–destination pair, the route with the lowest
/// generalised cost (the one a shipper would take), scored by its probability of meeting at least one
/// disruption during the trip (link, node and chokepoint closures and transit-country instability; see
/// docs/routing.md). Richer than <see cref="BottleneckRouteRisk"/>, which looks at governance only.
/// </summary>
public sealed class PlannedRouteRisk(CostParameters? parameters = null) : IRouteRiskSource
{
    /// <inheritdoc />
    public RouteRisk? BestRoute(Dataset dataset, Commodity commodity, IReadOnlyList<int> origins, IReadOnlyList<int> destinations)
    {
        var planner = new RoutePlanner(new CostModel(dataset, parameters));
        Route? best = null;
        foreach (var origin in origins)
        {
            foreach (var destination in destinations.Where(d => d != origin))
            {
                var route = planner.Best(new RouteRequest(dataset.Network.Nodes[origin].Id, dataset.Network.Nodes[destination].Id, commodity)).Best;
                if (route is not null && (best is null || route.GeneralisedCostUsd < best.GeneralisedCostUsd))
                    best = route;
            }
        }
        if (best is null)
            return null;
        var drivers = new List<string>
        {
            $"best route {best.From} → {best.To}: {best.Risk.ToString("P1", CultureInfo.InvariantCulture)} chance of a disruption in {Hours.ToDays(best.Hours).ToString("0.0", CultureInfo.InvariantCulture)} days",
            $"countries {string.Join(", ", best.Countries)}",
        };
        if (best.Chokepoints.Count > 0)
            drivers.Add($"chokepoints {string.Join(", ", best.Chokepoints)}");
        return new RouteRisk(best.Risk, drivers, "routing engine: disruption probability of the best route");
    }
}
