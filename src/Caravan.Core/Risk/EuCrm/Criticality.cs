namespace Caravan.Core.Risk;

/// <summary>
/// A material's verdict by the stage rule and the thresholds. SR is an interval where some input WGI is
/// unknown; the verdict is null ("undetermined") when the interval straddles the threshold or EI is unknown.
/// </summary>
/// <param name="Material">Material or mineral name.</param>
/// <param name="Extraction">SR at extraction as (low, high); null = no data.</param>
/// <param name="Processing">SR at processing as (low, high); null = no data.</param>
/// <param name="Ei">Economic importance; null = not given.</param>
public sealed record Criticality(string Material, (double Low, double High)? Extraction, (double Low, double High)? Processing, double? Ei)
{
    /// <summary>The stage rule on the lower bounds (or exact values).</summary>
    public (double Sr, SupplyStage Stage)? Rule => EuCrmMethod.StageRule(Extraction?.Low, Processing?.Low);

    /// <summary>Lower bound of the material's SR (max over stages).</summary>
    public double? SrLow => Rule?.Sr;

    /// <summary>Upper bound of the material's SR (max over stages of the upper bounds).</summary>
    public double? SrHigh => EuCrmMethod.StageRule(Extraction?.High, Processing?.High)?.Sr;

    /// <summary>The material's SR when exact; null for no data or an interval.</summary>
    public double? Sr => SrLow is { } low && SrHigh is { } high && high - low < 1e-12 ? low : null;

    /// <summary>The bottleneck stage, where SR is highest.</summary>
    public SupplyStage? Bottleneck => Rule?.Stage;

    /// <summary>Critical (true), not critical (false) or undetermined/no data (null).</summary>
    public bool? Critical
    {
        get
        {
            if (Ei is not { } ei || SrLow is not { } low || SrHigh is not { } high)
                return null;
            if (EuCrmMethod.IsCritical(low, ei))
                return true;
            return EuCrmMethod.IsCritical(high, ei) ? null : false;
        }
    }

    /// <summary>From exact stage values (the stage-level input shape).</summary>
    public static Criticality FromStages(string material, double? extraction, double? processing, double? ei) =>
        new(material, extraction is { } e ? (e, e) : null, processing is { } p ? (p, p) : null, ei);

    /// <summary>From stage results.</summary>
    public static Criticality FromStages(string material, StageRisk? extraction, StageRisk? processing, double? ei) =>
        new(material, Range(extraction), Range(processing), ei);

    private static (double, double)? Range(StageRisk? risk) =>
        risk is { SrLow: { } low, SrHigh: { } high } ? (low, high) : null;
}
