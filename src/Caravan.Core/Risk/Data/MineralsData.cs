using Caravan.Core.Data;

namespace Caravan.Core.Risk;

/// <summary>The <c>minerals/</c> tables of a dataset: production, sourcing, restrictions, EU method inputs, governance.</summary>
public sealed class MineralsData
{
    /// <summary>The country code of supply that a source does not attribute to a country.</summary>
    public const string Unattributed = "other";

    /// <summary>Production by country, stage, year and edition.</summary>
    public IReadOnlyList<ProductionRecord> Production { get; init; } = [];

    /// <summary>Importers' sourcing mixes.</summary>
    public IReadOnlyList<SourcingRecord> Sourcing { get; init; } = [];

    /// <summary>Export restrictions with their dates.</summary>
    public IReadOnlyList<ExportRestriction> Restrictions { get; init; } = [];

    /// <summary>The EU method's trade parameters that differ from 1.</summary>
    public IReadOnlyList<TradeParameter> TradeParameters { get; init; } = [];

    /// <summary>The EU method's scalar inputs per mineral and stage.</summary>
    public IReadOnlyList<CrmInputs> CrmInputs { get; init; } = [];

    /// <summary>WGI of producer countries that the network's countries.csv may lack.</summary>
    public IReadOnlyList<Country> Governance { get; init; } = [];

    /// <summary>Published stage-level EU results (the EU 2023 table), for comparison.</summary>
    public IReadOnlyList<StageLevelRow> Published { get; init; } = [];

    /// <summary>Mineral ids with production data, sorted.</summary>
    public IReadOnlyList<string> Minerals =>
        Production.Select(p => p.Mineral).Concat(Sourcing.Select(s => s.Mineral)).Concat(CrmInputs.Select(c => c.Mineral))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The trade parameter for a country (1 when no row says otherwise).</summary>
    public double TradeParameterFor(string mineral, SupplyStage stage, string country, HhiScope scope) =>
        TradeParameters.FirstOrDefault(t => t.Mineral == mineral && t.Stage == stage && t.Scope == scope
            && string.Equals(t.Country, country, StringComparison.OrdinalIgnoreCase))?.Value ?? 1.0;

    /// <summary>The EU inputs for a mineral and stage, or null.</summary>
    public CrmInputs? InputsFor(string mineral, SupplyStage stage) =>
        CrmInputs.FirstOrDefault(c => c.Mineral == mineral && c.Stage == stage);

    /// <summary>The importers that have a sourcing mix for <paramref name="mineral"/>.</summary>
    public IReadOnlyList<string> ImportersOf(string mineral) =>
        Sourcing.Where(s => s.Mineral == mineral).Select(s => s.Importer).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The production rows used by default for a mineral and stage: the latest year not wholly estimated
    /// (else the latest year), from the newest edition that reports it. Empty when there is none.
    /// </summary>
    public IReadOnlyList<ProductionRecord> ProductionFor(string mineral, SupplyStage stage, int? year = null)
    {
        var rows = Production.Where(p => p.Mineral == mineral && p.Stage == stage).ToList();
        if (rows.Count == 0)
            return [];
        var chosenYear = year
            ?? rows.GroupBy(p => p.Year).Where(g => g.Any(p => !p.Estimate)).Select(g => (int?)g.Key).Max()
            ?? rows.Max(p => p.Year);
        var ofYear = rows.Where(p => p.Year == chosenYear).ToList();
        if (ofYear.Count == 0)
            return [];
        var edition = ofYear.MaxBy(p => p.EditionYear)!.Edition;
        return ofYear.Where(p => p.Edition == edition).ToArray();
    }
}
