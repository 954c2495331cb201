namespace Caravan.Server.Contracts;

/// <summary>One cell of the flagship comparison: the best route of a family under a scenario, or why there is none.</summary>
/// <param name="Commodity">Commodity id.</param>
/// <param name="From">Origin node id.</param>
/// <param name="To">Destination node id.</param>
/// <param name="Scenario">Scenario id.</param>
/// <param name="Family">Family id, or <c>best</c>.</param>
/// <param name="Route">The route, or null.</param>
/// <param name="NoRouteReason">Why there is none.</param>
public sealed record FlagshipCellView(string Commodity, string From, string To, string Scenario, string Family, RouteView? Route, string? NoRouteReason);
