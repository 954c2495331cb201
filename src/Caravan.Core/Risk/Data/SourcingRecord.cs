namespace Caravan.Core.Risk;

/// <summary>
/// One origin in an importer's sourcing mix, in tonnes per year or as a share. An origin equal to the
/// importer is domestic supply; <c>other</c> is supply whose origin the source does not itemise.
/// </summary>
/// <param name="Importer">Importer's ISO alpha-2 code (or <c>EU</c>).</param>
/// <param name="Mineral">Mineral id.</param>
/// <param name="Stage">The stage the traded product belongs to.</param>
/// <param name="Origin">Origin country code or <c>other</c>.</param>
/// <param name="TonnesPerYear">Tonnes per year, when the source gives volumes.</param>
/// <param name="Share">Share of the mix (0–1), when the source gives only shares.</param>
/// <param name="Period">Data year or period (<c>2021</c>, <c>2021-2024</c>).</param>
/// <param name="Basis"><c>supply</c> (domestic plus imports) or <c>imports</c> (imports only).</param>
/// <param name="Notes">Free text.</param>
public sealed record SourcingRecord(
    string Importer, string Mineral, SupplyStage Stage, string Origin, double? TonnesPerYear, double? Share,
    string Period, string Basis, string Notes = "");
