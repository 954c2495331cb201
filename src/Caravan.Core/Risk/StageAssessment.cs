namespace Caravan.Core.Risk;

/// <summary>One stage of a mineral's assessment: production shares, the global-supply SR, and the importer's.</summary>
/// <param name="Stage">Extraction or processing.</param>
/// <param name="Year">Production data year; null without production data.</param>
/// <param name="Edition">Source edition of the production data.</param>
/// <param name="Unit">Unit of the production quantities.</param>
/// <param name="Production">World production shares and HHI; null = no data.</param>
/// <param name="Global">SR with global supply standing in for the sourcing mix.</param>
/// <param name="Sourcing">The importer's sourcing mix, when known.</param>
/// <param name="Importer">SR with the importer's sourcing; null without an importer or a mix.</param>
public sealed record StageAssessment(
    SupplyStage Stage, int? Year, string? Edition, string? Unit, Concentration? Production,
    StageRisk Global, SourcingMix? Sourcing, StageRisk? Importer);
