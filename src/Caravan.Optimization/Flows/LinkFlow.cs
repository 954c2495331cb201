namespace Caravan.Optimization.Flows;

/// <summary>Tonnes of one commodity along one link in one direction over the period.</summary>
/// <param name="Link">Link id.</param>
/// <param name="Direction">"forward" (as written, from → to) or "reverse" (a two-way link run backwards).</param>
/// <param name="From">Node the flow leaves.</param>
/// <param name="To">Node the flow reaches.</param>
/// <param name="Commodity">Commodity id.</param>
/// <param name="Tonnes">Tonnes over the period.</param>
/// <param name="Utilisation">All commodities' tonnes on this link and direction over its period capacity; null when unlimited.</param>
/// <param name="Corridor">The link's corridor label: mode and the countries it crosses (<c>ferry AZ-KZ</c>).</param>
public sealed record LinkFlow(string Link, string Direction, string From, string To, string Commodity, double Tonnes, double? Utilisation, string Corridor);
