namespace Caravan.Questions.Contracts;

/// <summary>Tonnes of one commodity on one link in one direction over the period.</summary>
/// <param name="Link">Link id.</param>
/// <param name="Commodity">Commodity id.</param>
/// <param name="Tonnes">Tonnes over the period.</param>
/// <param name="Utilisation">Share of the link's capacity used by all commodities; null on an unlimited link.</param>
/// <param name="Direction">forward or reverse.</param>
/// <param name="From">Start node id in that direction.</param>
/// <param name="To">End node id in that direction.</param>
/// <param name="Corridor">Mode and countries crossed.</param>
public sealed record FlowView(string Link, string Commodity, double Tonnes, double? Utilisation, string Direction, string From, string To, string Corridor);
