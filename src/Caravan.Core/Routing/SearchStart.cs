namespace Caravan.Core.Routing;

/// <summary>
/// Where a search starts: a node, the mode that brought the cargo there (-1 at the origin, where
/// the first arc pays no transfer), whether the via requirement is already met, and what the route
/// has used so far of the route-wide limits (Yen's spur searches start mid-route).
/// </summary>
internal readonly record struct SearchStart(int Node, int Mode = -1, int Flag = 0, double Hours = 0, int ModeChanges = 0);
