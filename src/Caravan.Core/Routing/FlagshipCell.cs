namespace Caravan.Core.Routing;

/// <summary>One cell of the flagship comparison: the best route of one family under one scenario, or why there is none.</summary>
/// <param name="Commodity">Commodity id.</param>
/// <param name="From">Origin node id.</param>
/// <param name="To">Destination node id.</param>
/// <param name="Scenario">Scenario id.</param>
/// <param name="Family">Family id, or <c>best</c> for the best route of any family.</param>
/// <param name="Route">The route, or null.</param>
/// <param name="NoRouteReason">Why there is none, or null.</param>
public sealed record FlagshipCell(string Commodity, string From, string To, string Scenario, string Family, Route? Route, string? NoRouteReason);
