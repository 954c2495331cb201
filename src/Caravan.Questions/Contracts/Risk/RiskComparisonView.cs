using Caravan.Core.Network;
using Caravan.Core.Risk;

namespace Caravan.Questions.Contracts;

/// <summary>Spearman's rank correlation and verdict agreement over the minerals with both values.</summary>
/// <param name="Spearman">Rank correlation.</param>
/// <param name="Pairs">Minerals with both values.</param>
/// <param name="Agreements">Verdicts that agree.</param>
/// <param name="Classified">Minerals with both verdicts.</param>
/// <param name="Rows">Per mineral.</param>
public sealed record RiskComparisonView(double? Spearman, int Pairs, int Agreements, int Classified, IReadOnlyList<RiskComparisonRow> Rows)
{
    /// <summary>The contract of <paramref name="c"/>.</summary>
    public static RiskComparisonView Of(PublishedComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Spearman, c.Pairs, c.Agreements, c.Classified, [.. c.Rows.Select(r => new RiskComparisonRow(
            r.Mineral, r.EuMaterial, r.OurStage is { } s ? SnakeCase.Name(s) : null, r.OurSr, r.OurCritical, r.PublishedSr,
            r.PublishedStage is { } ps ? SnakeCase.Name(ps) : null, r.PublishedCritical, r.NoData))]);
    }
}
