namespace Caravan.Questions.Contracts;

/// <summary>One origin of an importer's supply and the risk of its corridor.</summary>
/// <param name="Origin">ISO alpha-2.</param>
/// <param name="Share">Share of supply.</param>
/// <param name="Status">How its route was found.</param>
/// <param name="CountryDependencies">Countries every route depends on.</param>
/// <param name="ChokepointDependencies">Chokepoints every route passes.</param>
/// <param name="RouteRisk">Risk of the planned route, 0–10.</param>
/// <param name="RouteMethod">How the route risk was scored.</param>
/// <param name="GovernanceRisk">Governance risk of the origin, 0–10.</param>
/// <param name="Combined">Combined score, 0–10.</param>
/// <param name="Drivers">What drives the score.</param>
public sealed record OriginView(string Origin, double Share, string Status, IReadOnlyList<string> CountryDependencies, IReadOnlyList<string> ChokepointDependencies, double? RouteRisk, string? RouteMethod, double? GovernanceRisk, double? Combined, IReadOnlyList<string> Drivers);
