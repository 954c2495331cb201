using Caravan.Core.Data;

namespace Caravan.Core.Risk;

/// <summary>
/// Supplies the risk of the best route for a commodity between node sets. Corridor exposure asks it for the
/// route-risk part of its score, so the routing engine's best-route risk can replace the built-in estimate.
/// </summary>
public interface IRouteRiskSource
{
    /// <summary>Risk of the best feasible route from any of <paramref name="origins"/> to any of <paramref name="destinations"/> (dense node indices); null when none exists.</summary>
    RouteRisk? BestRoute(Dataset dataset, Commodity commodity, IReadOnlyList<int> origins, IReadOnlyList<int> destinations);
}
