namespace Caravan.Questions.Contracts;

/// <summary>Supply risk of minerals for an importer as of a date (<c>caravan risk --format json</c>, <c>GET /api/risk</c>).</summary>
/// <param name="AsOf">Export restrictions in force on this date (yyyy-mm-dd) count.</param>
/// <param name="Importer">Importer, ISO alpha-2 (or EU); null for world supply only.</param>
/// <param name="Minerals">One entry per mineral.</param>
/// <param name="Notes">Which tables were used, what was skipped.</param>
public sealed record RiskAnswer(string AsOf, string? Importer, IReadOnlyList<MineralRiskView> Minerals, IReadOnlyList<string> Notes);
