namespace Caravan.Core.Risk;

/// <summary>One material's result of <c>caravan risk eu-crm</c>.</summary>
/// <param name="Verdict">SR by the stage rule, bottleneck, EI and the critical verdict.</param>
/// <param name="Extraction">Stage detail (full-input shape only).</param>
/// <param name="Processing">Stage detail (full-input shape only).</param>
/// <param name="Published">The published row, when the input carried published columns.</param>
public sealed record EuCrmResult(Criticality Verdict, StageRisk? Extraction, StageRisk? Processing, StageLevelRow? Published)
{
    /// <summary>
    /// True when the input gave a published SR, stage and verdict and all three are reproduced; null when
    /// there is nothing to compare (no published values, or no stage values to apply the rule to).
    /// </summary>
    public bool? ReproducesPublished =>
        Verdict.SrLow is not null && Published is { PublishedSr: { } sr, PublishedStage: { } stage, PublishedCritical: { } critical }
            ? Verdict.Sr is { } ours && Math.Abs(ours - sr) < 1e-9 && Verdict.Bottleneck == stage && Verdict.Critical == critical
            : null;
}
