namespace Caravan.Core.Risk;

/// <summary>
/// The EU criticality method (2017 Guidelines, used for the 2017, 2020 and 2023 lists): supply risk from a
/// WGI-weighted, trade-adjusted HHI, import reliance, end-of-life recycling and substitution; the stage rule;
/// economic importance; and the thresholds. Formulas and caveats: docs/risk.md.
/// </summary>
public static class EuCrmMethod
{
    /// <summary>A material is critical when its supply risk reaches this…</summary>
    public const double SupplyRiskThreshold = 1.0;

    /// <summary>…and its economic importance reaches this.</summary>
    public const double EconomicImportanceThreshold = 2.8;

    /// <summary>The worst governance on the EU 0–10 WGI scale.</summary>
    public const double WorstWgi = 10.0;

    // Published values carry one decimal; a hair of tolerance keeps 1.0 from failing "≥ 1.0" on binary rounding.
    private const double Tolerance = 1e-9;

    /// <summary>
    /// Rescales a six-indicator WGI mean (−2.5 strong … 2.5 weak is reversed: −2.5 is weakest) to the EU's
    /// 0–10 scale with 10 = weakest governance: <c>(2.5 − mean) × 2</c>, clamped to 0–10.
    /// </summary>
    public static double ScaleWgi(double wgiMean) => Math.Clamp((2.5 - wgiMean) * 2.0, 0.0, WorstWgi);

    /// <summary>
    /// Supply risk at one stage:
    /// <c>SR = [HHI_GS · IR/2 + HHI_sourcing · (1 − IR/2)] · (1 − EoL-RIR) · SI_SR</c>.
    /// </summary>
    /// <param name="hhiGlobal">HHI_WGI,t of global supply.</param>
    /// <param name="hhiSourcing">HHI_WGI,t of the importer's sourcing mix.</param>
    /// <param name="importReliance">IR, 0–1.</param>
    /// <param name="eolRir">End-of-life recycling input rate, 0–1.</param>
    /// <param name="siSr">Substitution index for supply risk, 0–1.</param>
    public static double SupplyRisk(double hhiGlobal, double hhiSourcing, double importReliance, double eolRir, double siSr)
    {
        CheckFraction(importReliance, nameof(importReliance));
        CheckFraction(eolRir, nameof(eolRir));
        CheckFraction(siSr, nameof(siSr));
        return (hhiGlobal * importReliance / 2.0 + hhiSourcing * (1.0 - importReliance / 2.0)) * (1.0 - eolRir) * siSr;
    }

    /// <summary>
    /// The stage rule: the published SR is the higher of the two stages (the bottleneck). A missing stage
    /// is skipped; on a tie extraction is named. Null when neither stage has a value.
    /// </summary>
    public static (double Sr, SupplyStage Stage)? StageRule(double? extraction, double? processing) =>
        (extraction, processing) switch
        {
            (null, null) => null,
            ({ } e, null) => (e, SupplyStage.Extraction),
            (null, { } p) => (p, SupplyStage.Processing),
            ({ } e, { } p) => p > e ? (p, SupplyStage.Processing) : (e, SupplyStage.Extraction),
        };

    /// <summary>True when SR ≥ 1.0 and EI ≥ 2.8.</summary>
    public static bool IsCritical(double supplyRisk, double economicImportance) =>
        supplyRisk >= SupplyRiskThreshold - Tolerance && economicImportance >= EconomicImportanceThreshold - Tolerance;

    /// <summary>
    /// Economic importance <c>EI = Σ_s (A_s · Q_s) · 10 / max Q · SI_EI</c>: end-use shares <c>A_s</c> of the material
    /// in manufacturing sectors with value added <c>Q_s</c>, scaled so the largest sector of the economy is 10.
    /// The scaling follows a public implementation; docs/risk.md notes it is unverified against the Guidelines.
    /// </summary>
    /// <param name="sectors">End-use share (0–1, summing to at most 1) and value added of each sector.</param>
    /// <param name="largestSectorValueAdded">Value added of the economy's largest manufacturing sector, same unit as <c>Q_s</c>.</param>
    /// <param name="siEi">Substitution index for economic importance, 0–1.</param>
    public static double EconomicImportance(IEnumerable<(double Share, double ValueAdded)> sectors, double largestSectorValueAdded, double siEi)
    {
        if (largestSectorValueAdded <= 0)
            throw new ArgumentOutOfRangeException(nameof(largestSectorValueAdded), "must be positive");
        CheckFraction(siEi, nameof(siEi));
        var weighted = 0.0;
        foreach (var (share, valueAdded) in sectors)
        {
            CheckFraction(share, nameof(sectors));
            weighted += share * valueAdded;
        }
        return weighted * 10.0 / largestSectorValueAdded * siEi;
    }

    /// <summary>Supply risk of a stage from its HHIs and inputs; a result that says "no data" and why when an input is missing.</summary>
    public static StageRisk Assess(SupplyStage stage, HhiWgi? global, HhiWgi? sourcing, double? importReliance, double? eolRir, double? siSr)
    {
        if (global is null && sourcing is null)
            return StageRisk.NoData(stage, "no production or sourcing shares");
        var fromGlobal = sourcing is null;
        var g = global ?? sourcing!;
        var s = sourcing ?? global!;
        // With one HHI only, both terms use it and IR cancels out: SR = HHI · (1 − EoL-RIR) · SI.
        var ir = global is not null && sourcing is not null ? importReliance : importReliance ?? 1.0;
        string? missing = ir is null ? "import reliance not given" : eolRir is null ? "EoL-RIR not given" : siSr is null ? "SI_SR not given" : null;
        if (missing is not null)
            return StageRisk.NoData(stage, missing) with { Global = global, Sourcing = sourcing, SourcingFromGlobal = fromGlobal };
        var low = SupplyRisk(g.Low, s.Low, ir!.Value, eolRir!.Value, siSr!.Value);
        var high = SupplyRisk(g.High, s.High, ir.Value, eolRir.Value, siSr.Value);
        return new StageRisk(stage, global, sourcing, importReliance, eolRir, siSr, low, high, null, fromGlobal);
    }

    private static void CheckFraction(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
            throw new ArgumentOutOfRangeException(name, $"must be between 0 and 1, got {value}");
    }
}
