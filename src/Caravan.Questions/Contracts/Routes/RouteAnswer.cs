namespace Caravan.Questions.Contracts;

/// <summary>
/// The answer to a route question (<c>caravan route --format json</c>, <c>GET /api/routes</c>): routes,
/// best first, or why there is none. Money and CO2 are for the whole shipment.
/// </summary>
/// <param name="From">Origin node id.</param>
/// <param name="To">Destination node id.</param>
/// <param name="Commodity">Commodity id.</param>
/// <param name="Tonnes">Shipment size, t.</param>
/// <param name="Scenarios">Scenarios applied, in order; empty for the dataset as it is.</param>
/// <param name="Constraints">The query-time constraints, in words.</param>
/// <param name="Routes">Routes, ranked.</param>
/// <param name="NoRouteReason">Why there is no route; null when there is one.</param>
/// <param name="Notes">How the answer was found (approximations, skipped near-duplicates, windowed closures).</param>
public sealed record RouteAnswer(
    string From, string To, string Commodity, double Tonnes, IReadOnlyList<string> Scenarios, string Constraints,
    IReadOnlyList<RouteView> Routes, string? NoRouteReason, IReadOnlyList<string> Notes);
