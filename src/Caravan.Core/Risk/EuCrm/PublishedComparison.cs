namespace Caravan.Core.Risk;

/// <summary>
/// Our SR (world production shares, the assessment's WGI, EU 2023 trade parameters and scalar inputs) against the
/// published EU 2023 SR, with Spearman's rank correlation and the share of matching critical/not-critical verdicts.
/// </summary>
/// <param name="Rows">One row per mineral the EU assessed.</param>
/// <param name="Spearman">ρ over rows where both SRs exist; null with fewer than two.</param>
/// <param name="Pairs">Rows in the correlation.</param>
/// <param name="Agreements">Rows whose verdicts match.</param>
/// <param name="Classified">Rows where both verdicts exist.</param>
public sealed record PublishedComparison(IReadOnlyList<ComparisonRow> Rows, double? Spearman, int Pairs, int Agreements, int Classified)
{
    /// <summary>Compares every mineral with EU inputs and a published row. Restrictions should be off to stay within the method.</summary>
    public static PublishedComparison Compare(RiskAssessment assessment)
    {
        var rows = new List<ComparisonRow>();
        foreach (var mineral in assessment.Minerals.Minerals)
        {
            var risk = assessment.Assess(mineral);
            if (risk.EuMaterial is null || risk.Published is not { } published)
                continue;
            var verdict = risk.Global;
            var reason = verdict.SrLow is null
                ? string.Join("; ", (risk.Stages.Any(s => s.Production is not null) ? risk.Stages.Where(s => s.Production is not null) : risk.Stages)
                    .Select(s => s.Global.NoDataReason).Where(r => r is not null).Distinct())
                : null;
            rows.Add(new ComparisonRow(mineral, risk.EuMaterial, verdict.Bottleneck, verdict.SrLow, verdict.Critical,
                published.PublishedSr, published.PublishedStage, published.PublishedCritical, reason));
        }
        var pairs = rows.Where(r => r.OurSr is not null && r.PublishedSr is not null).ToList();
        var rho = RankCorrelation.Spearman(pairs.Select(r => r.OurSr!.Value).ToArray(), pairs.Select(r => r.PublishedSr!.Value).ToArray());
        var classified = rows.Where(r => r.OurCritical is not null && r.PublishedCritical is not null).ToList();
        return new PublishedComparison(rows, rho, pairs.Count, classified.Count(r => r.OurCritical == r.PublishedCritical), classified.Count);
    }
}
