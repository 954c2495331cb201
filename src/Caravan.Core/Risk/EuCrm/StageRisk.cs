namespace Caravan.Core.Risk;

/// <summary>Supply risk at one stage with the inputs that produced it; an interval when some WGI is unknown.</summary>
/// <param name="Stage">Extraction or processing.</param>
/// <param name="Global">HHI_WGI,t of global supply, when known.</param>
/// <param name="Sourcing">HHI_WGI,t of the importer's sourcing, when known.</param>
/// <param name="ImportReliance">IR used, 0–1.</param>
/// <param name="EolRir">EoL-RIR used, 0–1.</param>
/// <param name="SiSr">SI_SR used, 0–1.</param>
/// <param name="SrLow">Lower bound of SR; null = no data.</param>
/// <param name="SrHigh">Upper bound of SR; null = no data.</param>
/// <param name="NoDataReason">Why there is no SR, when there is none.</param>
/// <param name="SourcingFromGlobal">True when no sourcing mix was known and global supply stood in for it.</param>
public sealed record StageRisk(
    SupplyStage Stage, HhiWgi? Global, HhiWgi? Sourcing, double? ImportReliance, double? EolRir, double? SiSr,
    double? SrLow, double? SrHigh, string? NoDataReason, bool SourcingFromGlobal)
{
    /// <summary>The SR when it is exact; null when there is no data or it is an interval.</summary>
    public double? Sr => SrLow is { } low && SrHigh is { } high && high - low < 1e-12 ? low : null;

    /// <summary>True when SR could be computed (exactly or as an interval).</summary>
    public bool HasData => SrLow is not null;

    /// <summary>A stage with no SR, and the reason.</summary>
    public static StageRisk NoData(SupplyStage stage, string reason) =>
        new(stage, null, null, null, null, null, null, null, reason, false);
}
