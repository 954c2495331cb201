using Caravan.Core.Network;
using Caravan.Core.Risk;

namespace Caravan.Questions.Contracts;

/// <summary>One material's result.</summary>
/// <param name="Material">Material.</param>
/// <param name="SrE">SR of extraction.</param>
/// <param name="SrP">SR of processing.</param>
/// <param name="Sr">SR.</param>
/// <param name="SrLow">Lower bound.</param>
/// <param name="SrHigh">Upper bound.</param>
/// <param name="Bottleneck">Bottleneck stage.</param>
/// <param name="Ei">EI.</param>
/// <param name="Critical">Verdict.</param>
/// <param name="Stages">The formula per stage.</param>
/// <param name="Published">The published row, when given.</param>
public sealed record EuCrmMaterial(string Material, double? SrE, double? SrP, double? Sr, double? SrLow, double? SrHigh, string? Bottleneck, double? Ei, bool? Critical, IReadOnlyList<StageRiskView> Stages, EuCrmPublished? Published)
{
    /// <summary>The contract of <paramref name="r"/>.</summary>
    public static EuCrmMaterial Of(EuCrmResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var v = r.Verdict;
        return new(v.Material, v.Extraction?.Low, v.Processing?.Low, v.Sr, v.SrLow, v.SrHigh, v.Bottleneck is { } b ? SnakeCase.Name(b) : null, v.Ei, v.Critical,
            [.. new[] { r.Extraction, r.Processing }.OfType<StageRisk>().Select(StageRiskView.Of)],
            r.Published is { } p ? new EuCrmPublished(p.PublishedSr, p.PublishedStage is { } ps ? SnakeCase.Name(ps) : null, p.PublishedCritical, r.ReproducesPublished) : null);
    }
}
