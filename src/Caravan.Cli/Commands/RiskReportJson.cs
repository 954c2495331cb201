using Caravan.Core.Network;
using Caravan.Core.Risk;

namespace Caravan.Cli.Commands;

/// <summary>JSON of <c>caravan risk</c> (field names are a contract: see docs/risk.md).</summary>
internal static class RiskReportJson
{
    public static object Mineral(MineralRisk r, CorridorReport? corridor) => new
    {
        mineral = r.Mineral,
        euMaterial = r.EuMaterial,
        hasData = r.HasData,
        ei = r.Ei,
        sr = r.Global.Sr,
        srLow = r.Global.SrLow,
        srHigh = r.Global.SrHigh,
        bottleneck = r.Global.Bottleneck is { } b ? SnakeCase.Name(b) : null,
        critical = r.Global.Critical,
        importer = r.Importer,
        importerSr = r.ImporterVerdict?.Sr,
        importerSrLow = r.ImporterVerdict?.SrLow,
        importerSrHigh = r.ImporterVerdict?.SrHigh,
        importerCritical = r.ImporterVerdict?.Critical,
        published = r.Published is { } p ? new { sr = p.PublishedSr, stage = p.PublishedStage is { } ps ? SnakeCase.Name(ps) : null, critical = p.PublishedCritical } : null,
        stages = r.Stages.Select(s => new
        {
            stage = SnakeCase.Name(s.Stage),
            year = s.Year,
            edition = s.Edition,
            unit = s.Unit,
            production = RiskJson.Shares(s.Production),
            global = RiskJson.Stage(s.Global),
            sourcing = s.Sourcing is { } m ? new
            {
                basis = m.Basis,
                byShare = m.ByShare,
                importReliance = m.ImportReliance,
                importRelianceAssumed = m.ImportRelianceAssumed,
                mix = RiskJson.Shares(m.Concentration),
            } : null,
            importer = s.Importer is null ? null : RiskJson.Stage(s.Importer),
        }).ToArray(),
        restrictions = r.Restrictions.Select(x => new
        {
            country = x.Restriction.Country,
            measure = SnakeCase.Name(x.Restriction.Measure),
            importer = x.Restriction.Importer.Length == 0 ? null : x.Restriction.Importer,
            effective = x.Restriction.Effective.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            tradeParameter = x.Restriction.TradeParameterValue,
            status = x.Status,
            notes = x.Restriction.Notes,
        }).ToArray(),
        corridor = corridor is null ? null : new
        {
            noData = corridor.NoData,
            coveredShare = corridor.CoveredShare,
            weightedCombined = corridor.WeightedCombined,
            dependencies = corridor.Dependencies.Select(d => new { id = d.Id, kind = d.IsChokepoint ? "chokepoint" : "country", share = d.Share }).ToArray(),
            origins = corridor.Origins.Select(o => new
            {
                origin = o.Origin,
                share = o.Share,
                status = SnakeCase.Name(o.Status),
                countryDependencies = o.CountryDependencies,
                chokepointDependencies = o.ChokepointDependencies,
                routeRisk = o.Route?.Score,
                routeMethod = o.Route?.Method,
                governanceRisk = o.GovernanceRisk,
                combined = o.Combined,
                drivers = o.Drivers,
            }).ToArray(),
        },
    };

    public static object Comparison(PublishedComparison c) => new
    {
        spearman = c.Spearman,
        pairs = c.Pairs,
        agreements = c.Agreements,
        classified = c.Classified,
        rows = c.Rows.Select(r => new
        {
            mineral = r.Mineral,
            euMaterial = r.EuMaterial,
            ourStage = r.OurStage is { } s ? SnakeCase.Name(s) : null,
            ourSr = r.OurSr,
            ourCritical = r.OurCritical,
            publishedSr = r.PublishedSr,
            publishedStage = r.PublishedStage is { } ps ? SnakeCase.Name(ps) : null,
            publishedCritical = r.PublishedCritical,
            noData = r.NoData,
        }).ToArray(),
    };
}
