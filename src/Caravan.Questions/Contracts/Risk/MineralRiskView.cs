using System.Globalization;
using Caravan.Core.Network;
using Caravan.Core.Risk;

namespace Caravan.Questions.Contracts;

/// <summary>One mineral's supply risk by the EU CRM method: world supply and, with an importer, its sourcing and corridor exposure.</summary>
/// <param name="Mineral">Mineral id.</param>
/// <param name="EuMaterial">The EU list's material name.</param>
/// <param name="HasData">False when no production or sourcing shares are known.</param>
/// <param name="Ei">Economic importance (published EU value).</param>
/// <param name="Sr">Supply risk of world supply; null when governance values are missing (see the bounds).</param>
/// <param name="SrLow">Supply risk, lower bound.</param>
/// <param name="SrHigh">Supply risk, upper bound.</param>
/// <param name="Bottleneck">The stage that sets SR (extraction or processing).</param>
/// <param name="Critical">EU verdict (SR ≥ 1 and EI ≥ 2.8); null when unknown.</param>
/// <param name="Importer">The importer.</param>
/// <param name="ImporterSr">SR of the importer's sourcing.</param>
/// <param name="ImporterSrLow">Its lower bound.</param>
/// <param name="ImporterSrHigh">Its upper bound.</param>
/// <param name="ImporterCritical">Verdict for the importer's sourcing.</param>
/// <param name="Published">The EU 2023 published result.</param>
/// <param name="Stages">Extraction and processing in detail.</param>
/// <param name="Restrictions">Export restrictions and their status on the as-of date.</param>
/// <param name="Corridor">Corridor exposure of the importer's supply; null without an importer or a network.</param>
/// <param name="TopProducers">Largest producers at the bottleneck stage, share 0–1.</param>
public sealed record MineralRiskView(string Mineral, string? EuMaterial, bool HasData, double? Ei, double? Sr, double? SrLow, double? SrHigh, string? Bottleneck, bool? Critical, string? Importer, double? ImporterSr, double? ImporterSrLow, double? ImporterSrHigh, bool? ImporterCritical, PublishedView? Published, IReadOnlyList<StageView> Stages, IReadOnlyList<RestrictionView> Restrictions, CorridorView? Corridor, IReadOnlyList<ProducerShare> TopProducers)
{
    /// <summary>The contract of <paramref name="r"/> with its corridor exposure.</summary>
    public static MineralRiskView Of(MineralRisk r, CorridorReport? corridor)
    {
        ArgumentNullException.ThrowIfNull(r);
        var bottleneckStage = r.Stages.FirstOrDefault(s => s.Stage == r.Global.Bottleneck) ?? r.Stages.FirstOrDefault(s => s.Production is not null);
        var top = bottleneckStage?.Production?.Shares.OrderByDescending(s => s.Share).Take(5).Select(s => new ProducerShare(s.Country, s.Share)).ToArray() ?? [];
        return new(
            r.Mineral, r.EuMaterial, r.HasData, r.Ei, r.Global.Sr, r.Global.SrLow, r.Global.SrHigh,
            r.Global.Bottleneck is { } b ? SnakeCase.Name(b) : null, r.Global.Critical, r.Importer,
            r.ImporterVerdict?.Sr, r.ImporterVerdict?.SrLow, r.ImporterVerdict?.SrHigh, r.ImporterVerdict?.Critical,
            r.Published is { } p ? new PublishedView(p.PublishedSr, p.PublishedStage is { } ps ? SnakeCase.Name(ps) : null, p.PublishedCritical) : null,
            [.. r.Stages.Select(s => new StageView(SnakeCase.Name(s.Stage), s.Year, s.Edition, s.Unit, SharesView.Of(s.Production), StageRiskView.Of(s.Global),
                s.Sourcing is { } m ? new SourcingView(m.Basis, m.ByShare, m.ImportReliance, m.ImportRelianceAssumed, SharesView.Of(m.Concentration)) : null,
                s.Importer is null ? null : StageRiskView.Of(s.Importer)))],
            [.. r.Restrictions.Select(x => new RestrictionView(x.Restriction.Country, SnakeCase.Name(x.Restriction.Measure),
                x.Restriction.Importer.Length == 0 ? null : x.Restriction.Importer, x.Restriction.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                x.Restriction.TradeParameterValue, x.Status, x.Restriction.Notes))],
            CorridorView.Of(corridor), top);
    }
}
