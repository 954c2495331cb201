namespace Caravan.Core.Risk;

/// <summary>An importer's sourcing before and after what-if changes.</summary>
/// <param name="Mineral">Mineral id.</param>
/// <param name="Importer">Importer code.</param>
/// <param name="Changes">The changes applied, in order.</param>
/// <param name="Before">Assessment with today's sourcing; null when the what-if failed.</param>
/// <param name="After">Assessment after the changes; null when the what-if failed.</param>
/// <param name="BaselineMix">Today's mix.</param>
/// <param name="Mix">The mix after the changes.</param>
/// <param name="RemainingShare">Share of today's supply that still flows (new sources not counted), 0–1.</param>
/// <param name="TotalShare">New total supply relative to today's (new sources counted).</param>
/// <param name="Error">Why the what-if could not run, when it could not.</param>
public sealed record WhatIfResult(
    string Mineral, string Importer, IReadOnlyList<SourcingChange> Changes, MineralRisk? Before, MineralRisk? After,
    SourcingMix? BaselineMix, SourcingMix? Mix, double RemainingShare, double TotalShare, string? Error)
{
    /// <summary>A what-if that could not run.</summary>
    public static WhatIfResult Failed(string mineral, string importer, string error) =>
        new(mineral, importer, [], null, null, null, null, 0, 0, error);

    /// <summary>HHI of the sourcing mix before (0–1).</summary>
    public double? HhiBefore => BaselineMix?.Concentration?.Hhi;

    /// <summary>HHI of the sourcing mix after (0–1); null when nothing is left.</summary>
    public double? HhiAfter => Mix?.Concentration?.Hhi;

    /// <summary>Importer SR at the sourced stage before (lower bound when an interval).</summary>
    public double? SrBefore => Before?.SourcedStage?.Importer?.SrLow;

    /// <summary>Importer SR at the sourced stage after (lower bound when an interval).</summary>
    public double? SrAfter => After?.SourcedStage?.Importer?.SrLow;

    /// <summary>Demand the new mix leaves unmet, as a share of today's supply (0 when supply holds or grows).</summary>
    public double ShortfallShare => Math.Max(0, 1 - TotalShare);

    /// <summary>
    /// Importer SR after, with the shortfall folded in (lower bound): the sourcing term's shares are taken of
    /// today's supply, not of the smaller new total, and the unmet share counts as one more source at the
    /// worst governance (WGI 10, trade parameter 1), so HHI_WGI,t(sourcing) = T²·HHI_after + (1 − T)²·10 with T
    /// the new total over today's; then SR as the EU method (docs/risk.md). Equal to <see cref="SrAfter"/>
    /// when nothing is lost.
    /// </summary>
    public double? SrAfterWithShortfall
    {
        get
        {
            var risk = After?.SourcedStage?.Importer;
            if (risk is null || SrAfter is null || ShortfallShare <= 0)
                return SrAfter;
            if (risk.Global?.Low is not { } global || risk.Sourcing?.Low is not { } sourcing || risk.ImportReliance is not { } ir
                || risk.EolRir is not { } eol || risk.SiSr is not { } si)
                return null;
            var t = TotalShare;
            var folded = t * t * sourcing + ShortfallShare * ShortfallShare * EuCrmMethod.WorstWgi;
            return EuCrmMethod.SupplyRisk(global, folded, ir, eol, si);
        }
    }
}
