namespace Caravan.Optimization.Flows;

/// <summary>What one supply node of a commodity had available over the period (after export quotas) and shipped.</summary>
/// <param name="Node">Supply node id.</param>
/// <param name="Country">Its country.</param>
/// <param name="Commodity">Commodity id.</param>
/// <param name="AvailableTonnes">Available over the period, t (quota caps applied).</param>
/// <param name="ShippedTonnes">Shipped over the period, t.</param>
public sealed record SourceShipment(string Node, string Country, string Commodity, double AvailableTonnes, double ShippedTonnes);
