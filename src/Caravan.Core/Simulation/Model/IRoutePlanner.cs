using Caravan.Core.Data;

namespace Caravan.Core.Simulation;

/// <summary>
/// Chooses the route a lot follows. The simulator asks once per origin–destination at the start and
/// again when a closure blocks a lot's path. The default is the routing engine (<see cref="RoutingEnginePlanner"/>).
/// </summary>
public interface IRoutePlanner
{
    /// <summary>
    /// The best route from <paramref name="fromNode"/> to <paramref name="toNode"/> for
    /// <paramref name="commodity"/>, avoiding the nodes and links marked in <paramref name="blockedNodes"/>
    /// and <paramref name="blockedLinks"/> (dense indices; null = none blocked); null when there is none.
    /// </summary>
    PlannedRoute? FindRoute(int fromNode, int toNode, Commodity commodity, bool[]? blockedNodes = null, bool[]? blockedLinks = null);
}
