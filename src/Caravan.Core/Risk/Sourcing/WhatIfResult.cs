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
}
