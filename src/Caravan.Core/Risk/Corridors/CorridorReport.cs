namespace Caravan.Core.Risk;

/// <summary>A dependency: a country or chokepoint that all feasible routes of some supply pass.</summary>
/// <param name="Id">Country code or chokepoint id.</param>
/// <param name="IsChokepoint">True for a chokepoint.</param>
/// <param name="Share">Share of the importer's supply whose routes all depend on it, 0–1.</param>
public sealed record Dependency(string Id, bool IsChokepoint, double Share);

/// <summary>Corridor exposure of an importer's supply of a mineral.</summary>
/// <param name="Mineral">Mineral id.</param>
/// <param name="Importer">Importer code.</param>
/// <param name="Origins">Per origin: dependencies, route risk, combined score.</param>
/// <param name="Dependencies">Per country or chokepoint, the share of supply that depends on it, largest first.</param>
/// <param name="CoveredShare">Share of supply with a combined score (origins in the network with WGI, or domestic).</param>
/// <param name="WeightedCombined">Share-weighted combined score over covered origins; null when none is covered.</param>
/// <param name="NoData">Why nothing could be computed, when nothing could.</param>
public sealed record CorridorReport(
    string Mineral, string Importer, IReadOnlyList<OriginExposure> Origins, IReadOnlyList<Dependency> Dependencies,
    double CoveredShare, double? WeightedCombined, string? NoData);
