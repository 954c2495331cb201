using Caravan.Core.Data;

namespace Caravan.Core.Routing;

/// <summary>A route question: move <see cref="Tonnes"/> of a commodity from one node to another under constraints.</summary>
/// <param name="From">Origin node id.</param>
/// <param name="To">Destination node id.</param>
/// <param name="Commodity">What moves.</param>
public sealed record RouteRequest(string From, string To, Commodity Commodity)
{
    /// <summary>Shipment size, t (default 1); totals scale linearly.</summary>
    public double Tonnes { get; init; } = 1;

    /// <summary>Query-time constraints (the commodity's own always apply).</summary>
    public RouteConstraints Constraints { get; init; } = RouteConstraints.None;
}
