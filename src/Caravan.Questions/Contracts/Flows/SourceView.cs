namespace Caravan.Questions.Contracts;

/// <summary>One supply node's commodity over the period: what it had (after export quotas) and what it shipped.</summary>
/// <param name="Node">Supply node id.</param>
/// <param name="Country">Its country (ISO alpha-2).</param>
/// <param name="Commodity">Commodity id.</param>
/// <param name="AvailableTonnes">Available, t.</param>
/// <param name="ShippedTonnes">Shipped, t.</param>
public sealed record SourceView(string Node, string Country, string Commodity, double AvailableTonnes, double ShippedTonnes);
