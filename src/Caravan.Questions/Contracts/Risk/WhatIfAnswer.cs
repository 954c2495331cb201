namespace Caravan.Questions.Contracts;

/// <summary>An importer's what-if (<c>caravan risk whatif --format json</c>, <c>GET /api/risk/whatif</c>): its sourcing changed, HHI and SR before and after.</summary>
/// <param name="Mineral">Mineral id.</param>
/// <param name="Importer">Importer.</param>
/// <param name="AsOf">As-of date (yyyy-mm-dd).</param>
/// <param name="Changes">The changes, in words.</param>
/// <param name="ByShare">True when the mix is in shares, not tonnes.</param>
/// <param name="Before">The mix and risk before.</param>
/// <param name="After">The mix and risk after.</param>
/// <param name="DeltaHhi">HHI after − before.</param>
/// <param name="DeltaSr">Importer SR after − before.</param>
/// <param name="RemainingShare">Share of today's supply that still flows, 0–1.</param>
/// <param name="TotalShare">New total supply relative to today's.</param>
/// <param name="CorridorAfter">Corridor exposure of the new mix.</param>
/// <param name="Notes">Which tables were used, what was skipped.</param>
/// <param name="HhiBefore">HHI of the mix before, 0–1.</param>
/// <param name="HhiAfter">HHI after.</param>
/// <param name="SrBefore">Importer SR before (lower bound).</param>
/// <param name="SrAfter">Importer SR after (lower bound).</param>
/// <param name="MixAfter">The mix after the changes.</param>
/// <param name="ShortfallShare">Demand the new mix leaves unmet, share of today's supply (reported first).</param>
/// <param name="SrAfterWithShortfall">Importer SR after with the shortfall folded in as a worst-governance source (docs/risk.md).</param>
public sealed record WhatIfAnswer(string Mineral, string Importer, string AsOf, IReadOnlyList<string> Changes, bool ByShare, WhatIfSide Before, WhatIfSide After, double? DeltaHhi, double? DeltaSr, double RemainingShare, double TotalShare, CorridorView? CorridorAfter, IReadOnlyList<string> Notes, double? HhiBefore, double? HhiAfter, double? SrBefore, double? SrAfter, IReadOnlyList<ProducerShare> MixAfter, double ShortfallShare, double? SrAfterWithShortfall);
