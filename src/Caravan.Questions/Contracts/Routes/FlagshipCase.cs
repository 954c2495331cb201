using Caravan.Core.Data;
using Caravan.Core.Routing;

namespace Caravan.Questions.Contracts;

/// <summary>One cell of the flagship comparison: the best route of a family under a flagship scenario, or why there is none.</summary>
/// <param name="Commodity">Commodity id.</param>
/// <param name="From">Origin node id.</param>
/// <param name="To">Destination node id.</param>
/// <param name="Scenario">Flagship scenario id (baseline, no-ru, no-cn, no-ru-cn).</param>
/// <param name="Family">Family id, or <c>best</c> for the best route of any family.</param>
/// <param name="Route">The route, or null.</param>
/// <param name="NoRouteReason">Why there is none.</param>
public sealed record FlagshipCase(string Commodity, string From, string To, string Scenario, string Family, RouteView? Route, string? NoRouteReason)
{
    /// <summary>The contract of <paramref name="cell"/>.</summary>
    public static FlagshipCase Of(FlagshipCell cell, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return new(cell.Commodity, cell.From, cell.To, cell.Scenario, cell.Family, cell.Route is null ? null : RouteView.Of(cell.Route, dataset), cell.NoRouteReason);
    }
}
