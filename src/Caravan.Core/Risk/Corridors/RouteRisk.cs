namespace Caravan.Core.Risk;

/// <summary>The risk of the best feasible route between an origin and an importer.</summary>
/// <param name="Score">0 (no risk) … 1 (worst).</param>
/// <param name="Drivers">What set the score (country codes with their WGI, or the routing engine's risk terms).</param>
/// <param name="Method">Which method computed it.</param>
public sealed record RouteRisk(double Score, IReadOnlyList<string> Drivers, string Method);
