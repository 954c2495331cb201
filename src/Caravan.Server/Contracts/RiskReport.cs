namespace Caravan.Server.Contracts;

/// <summary>Supply risk of minerals for an importer, as of a date.</summary>
/// <param name="AsOf">Export restrictions in force on this date count.</param>
/// <param name="Importer">Importer, ISO alpha-2 (or EU); null for world supply only.</param>
/// <param name="Minerals">One entry per mineral.</param>
public sealed record RiskReport(DateOnly AsOf, string? Importer, IReadOnlyList<MineralRiskView> Minerals);

/// <summary>One mineral's risk by the EU CRM method: world supply and, with an importer, its sourcing.</summary>
/// <param name="Mineral">Mineral id.</param>
/// <param name="HasData">False when no production or sourcing shares are known.</param>
/// <param name="SrLow">Supply risk (EU scale), lower bound; equal to <paramref name="SrHigh"/> when every governance value is known.</param>
/// <param name="SrHigh">Supply risk, upper bound.</param>
/// <param name="Bottleneck">The stage that sets SR (extraction or processing).</param>
/// <param name="Critical">EU verdict (SR ≥ 1 and EI ≥ 2.8); null when unknown.</param>
/// <param name="Ei">Economic importance (published EU value).</param>
/// <param name="ImporterSrLow">SR of the importer's sourcing, lower bound.</param>
/// <param name="ImporterSrHigh">SR of the importer's sourcing, upper bound.</param>
/// <param name="ImporterCritical">Verdict for the importer's sourcing.</param>
/// <param name="TopProducers">Largest producers at the bottleneck stage, share 0–1.</param>
/// <param name="Restrictions">Export restrictions and their status on the as-of date.</param>
public sealed record MineralRiskView(
    string Mineral, bool HasData, double? SrLow, double? SrHigh, string? Bottleneck, bool? Critical, double? Ei,
    double? ImporterSrLow, double? ImporterSrHigh, bool? ImporterCritical, IReadOnlyList<ProducerShare> TopProducers, IReadOnlyList<RestrictionView> Restrictions);

/// <summary>A producing country's share.</summary>
/// <param name="Country">ISO alpha-2.</param>
/// <param name="Share">Share, 0–1.</param>
public sealed record ProducerShare(string Country, double Share);

/// <summary>An export restriction.</summary>
/// <param name="Country">Restricting country.</param>
/// <param name="Measure">ban, licence, ...</param>
/// <param name="Status">Its status on the as-of date.</param>
public sealed record RestrictionView(string Country, string Measure, string Status);

/// <summary>An importer's what-if: its sourcing mix changed, HHI and SR before and after.</summary>
/// <param name="Mineral">Mineral id.</param>
/// <param name="Importer">Importer.</param>
/// <param name="Changes">The changes, in words.</param>
/// <param name="HhiBefore">HHI of the mix before, 0–1.</param>
/// <param name="HhiAfter">HHI after.</param>
/// <param name="SrBefore">Importer SR before (lower bound).</param>
/// <param name="SrAfter">Importer SR after (lower bound).</param>
/// <param name="RemainingShare">Share of today's supply that still flows, 0–1.</param>
/// <param name="TotalShare">New total supply relative to today's.</param>
/// <param name="MixAfter">The mix after the changes.</param>
public sealed record WhatIfView(
    string Mineral, string Importer, IReadOnlyList<string> Changes, double? HhiBefore, double? HhiAfter, double? SrBefore, double? SrAfter,
    double RemainingShare, double TotalShare, IReadOnlyList<ProducerShare> MixAfter);
