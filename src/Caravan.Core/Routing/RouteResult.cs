namespace Caravan.Core.Routing;

/// <summary>
/// The answer to a route question: the routes found, best first, or none with the reason. "No
/// route" is an expected outcome, never an exception.
/// </summary>
/// <param name="Routes">Routes, ranked.</param>
/// <param name="NoRouteReason">Null when there is a route; else why not, naming the constraint.</param>
/// <param name="Notes">What the reader should know about how the answer was found (approximations used).</param>
public sealed record RouteResult(IReadOnlyList<Route> Routes, string? NoRouteReason, IReadOnlyList<string> Notes)
{
    /// <summary>The best route, or null.</summary>
    public Route? Best => Routes.Count > 0 ? Routes[0] : null;

    /// <summary>No route, because of <paramref name="reason"/>.</summary>
    public static RouteResult None(string reason) => new([], reason, []);
}
