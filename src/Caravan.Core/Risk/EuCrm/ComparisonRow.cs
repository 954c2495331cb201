namespace Caravan.Core.Risk;

/// <summary>Our SR for a mineral beside the published EU 2023 value.</summary>
/// <param name="Mineral">Mineral id.</param>
/// <param name="EuMaterial">The EU's material name.</param>
/// <param name="OurStage">Our bottleneck stage.</param>
/// <param name="OurSr">Our SR (lower bound when an interval); null = no data.</param>
/// <param name="OurCritical">Our verdict with the published EI; null = undetermined or no data.</param>
/// <param name="PublishedSr">Published SR.</param>
/// <param name="PublishedStage">Published bottleneck stage.</param>
/// <param name="PublishedCritical">Published verdict.</param>
/// <param name="NoData">Why we have no SR, when we have none.</param>
public sealed record ComparisonRow(
    string Mineral, string EuMaterial, SupplyStage? OurStage, double? OurSr, bool? OurCritical,
    double? PublishedSr, SupplyStage? PublishedStage, bool? PublishedCritical, string? NoData);
