namespace Caravan.Core.Risk;

/// <summary>
/// A material's stage-level results (the stage-level input shape of <c>caravan risk eu-crm</c> and the
/// published EU 2023 table), with the published verdict where the file gives one.
/// </summary>
/// <param name="Material">Material name.</param>
/// <param name="SrExtraction">SR at extraction; null = not assessed.</param>
/// <param name="SrProcessing">SR at processing; null = not assessed.</param>
/// <param name="Ei">Economic importance; null = not given.</param>
/// <param name="PublishedSr">The published final SR, when given.</param>
/// <param name="PublishedStage">The published bottleneck stage, when given.</param>
/// <param name="PublishedCritical">The published verdict, when given.</param>
/// <param name="Line">Line in the file, for messages.</param>
public sealed record StageLevelRow(
    string Material, double? SrExtraction, double? SrProcessing, double? Ei,
    double? PublishedSr, SupplyStage? PublishedStage, bool? PublishedCritical, int Line)
{
    /// <summary>The verdict by the stage rule and thresholds.</summary>
    public Criticality Evaluate() => Criticality.FromStages(Material, SrExtraction, SrProcessing, Ei);
}
