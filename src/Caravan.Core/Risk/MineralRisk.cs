namespace Caravan.Core.Risk;

/// <summary>A mineral's supply risk: per-stage shares and SR, the verdicts, and what drove them.</summary>
/// <param name="Mineral">Mineral id.</param>
/// <param name="Importer">The importer whose view was asked for, if any.</param>
/// <param name="Stages">Stages with any data.</param>
/// <param name="Global">Verdict with global supply (the EU method with world shares for both HHI terms).</param>
/// <param name="ImporterVerdict">Verdict with the importer's sourcing where known (global supply for stages without a mix).</param>
/// <param name="EuMaterial">The material's name in the EU assessment, if it was assessed.</param>
/// <param name="Ei">Economic importance (published EU value), if known.</param>
/// <param name="Published">The published EU 2023 row for the material, if any.</param>
/// <param name="Restrictions">Export restrictions on the mineral with their status on the as-of date.</param>
public sealed record MineralRisk(
    string Mineral, string? Importer, IReadOnlyList<StageAssessment> Stages, Criticality Global, Criticality? ImporterVerdict,
    string? EuMaterial, double? Ei, StageLevelRow? Published, IReadOnlyList<(ExportRestriction Restriction, string Status)> Restrictions)
{
    /// <summary>True when any stage has production or sourcing shares.</summary>
    public bool HasData => Stages.Any(s => s.Production is not null || s.Sourcing is not null);

    /// <summary>The stage with the importer's sourcing mix, if any.</summary>
    public StageAssessment? SourcedStage => Stages.FirstOrDefault(s => s.Sourcing is not null);
}
