namespace Caravan.Questions.Contracts;

/// <summary>One mineral of the comparison.</summary>
/// <param name="Mineral">Mineral id.</param>
/// <param name="EuMaterial">EU material.</param>
/// <param name="OurStage">Our bottleneck stage.</param>
/// <param name="OurSr">Our SR.</param>
/// <param name="OurCritical">Our verdict.</param>
/// <param name="PublishedSr">Published SR.</param>
/// <param name="PublishedStage">Published stage.</param>
/// <param name="PublishedCritical">Published verdict.</param>
/// <param name="NoData">Why ours is missing.</param>
public sealed record RiskComparisonRow(string Mineral, string EuMaterial, string? OurStage, double? OurSr, bool? OurCritical, double? PublishedSr, string? PublishedStage, bool? PublishedCritical, string? NoData);
