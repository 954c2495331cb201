using Caravan.Core.Data;

namespace Caravan.Core.Risk;

/// <summary>
/// The entry point of the supply-risk method on a dataset: HHI and country shares per mineral and stage,
/// the EU method for global supply and for an importer's sourcing, and what-ifs on that sourcing.
/// </summary>
public sealed class RiskAssessment
{
    private static readonly SupplyStage[] AllStages = [SupplyStage.Extraction, SupplyStage.Processing];

    /// <summary>Assesses with the given tables, governance and options.</summary>
    public RiskAssessment(MineralsData minerals, Governance governance, RiskOptions options)
    {
        Minerals = minerals;
        Governance = governance;
        Options = options;
    }

    /// <summary>The minerals tables.</summary>
    public MineralsData Minerals { get; }

    /// <summary>Countries' WGI.</summary>
    public Governance Governance { get; }

    /// <summary>Options.</summary>
    public RiskOptions Options { get; }

    /// <summary>An assessment whose WGI come from <paramref name="dataset"/>'s countries, then the minerals governance table.</summary>
    public static RiskAssessment For(Dataset? dataset, MineralsData minerals, RiskOptions options) =>
        new(minerals, new Governance(dataset?.Countries ?? [], minerals.Governance), options);

    /// <summary>
    /// Assesses <paramref name="mineral"/>, for <paramref name="importer"/> when given. <paramref name="mixes"/>
    /// replaces the importer's sourcing per stage (what-ifs); <paramref name="banned"/> countries export nothing.
    /// </summary>
    public MineralRisk Assess(string mineral, string? importer = null,
        IReadOnlyDictionary<SupplyStage, SourcingMix>? mixes = null, IReadOnlyCollection<string>? banned = null)
    {
        banned ??= [];
        var stages = new List<StageAssessment>();
        foreach (var stage in AllStages)
        {
            var rows = Minerals.ProductionFor(mineral, stage, Options.Year)
                .Where(p => !banned.Contains(p.Country, StringComparer.OrdinalIgnoreCase)).ToList();
            var production = Concentration.Of(rows.Select(p => (p.Country, p.Quantity)));
            var inputs = Minerals.InputsFor(mineral, stage);
            SourcingMix? mix = null;
            if (importer is not null)
            {
                mix = mixes is not null && mixes.TryGetValue(stage, out var given) ? given : SourcingMix.From(Minerals, importer, mineral, stage);
                if (mix is not null && banned.Count > 0)
                    mix = mix with { Origins = mix.Origins.Where(o => !banned.Contains(o.Origin, StringComparer.OrdinalIgnoreCase)).ToArray() };
            }
            if (production is null && inputs is null && mix is null)
                continue;
            var hhiGlobal = production is null ? null : Hhi(mineral, stage, production, HhiScope.Global, importer);
            var global = EuCrmMethod.Assess(stage, hhiGlobal, null, inputs?.ImportReliance, inputs?.EolRir, inputs?.SiSr);
            StageRisk? importerRisk = null;
            if (mix?.Concentration is { } sourced)
            {
                var scope = string.Equals(importer, "EU", StringComparison.OrdinalIgnoreCase) ? HhiScope.Sourcing : HhiScope.Global;
                importerRisk = EuCrmMethod.Assess(stage, hhiGlobal, Hhi(mineral, stage, sourced, scope, importer),
                    mix.ImportReliance, inputs?.EolRir, inputs?.SiSr);
            }
            var first = rows.FirstOrDefault();
            stages.Add(new StageAssessment(stage, first?.Year, first?.Edition, first?.Unit, production, global, mix, importerRisk));
        }

        var anyInputs = AllStages.Select(s => Minerals.InputsFor(mineral, s)).FirstOrDefault(i => i is not null);
        var ei = AllStages.Select(s => Minerals.InputsFor(mineral, s)?.Ei).FirstOrDefault(v => v is not null);
        StageRisk? GlobalAt(SupplyStage s) => stages.FirstOrDefault(x => x.Stage == s)?.Global;
        StageRisk? ImporterAt(SupplyStage s) => stages.FirstOrDefault(x => x.Stage == s) is { } x ? x.Importer ?? x.Global : null;
        var globalVerdict = Criticality.FromStages(mineral, GlobalAt(SupplyStage.Extraction), GlobalAt(SupplyStage.Processing), ei);
        var importerVerdict = stages.Any(s => s.Importer is not null)
            ? Criticality.FromStages(mineral, ImporterAt(SupplyStage.Extraction), ImporterAt(SupplyStage.Processing), ei)
            : null;
        var published = anyInputs is null ? null
            : Minerals.Published.FirstOrDefault(p => string.Equals(p.Material, anyInputs.EuMaterial, StringComparison.OrdinalIgnoreCase));
        var restrictions = Minerals.Restrictions
            .Where(r => r.Mineral == mineral)
            .Select(r => (r, r.StatusOn(Options.AsOf)))
            .ToArray();
        return new MineralRisk(mineral, importer, stages, globalVerdict, importerVerdict,
            anyInputs?.EuMaterial is { Length: > 0 } eu ? eu : null, ei, published, restrictions);
    }

    /// <summary>
    /// Applies what-if <paramref name="changes"/> to <paramref name="importer"/>'s sourcing of <paramref name="mineral"/>
    /// (every stage with a mix) and reports the change in HHI, HHI_WGI and SR, and how much supply remains.
    /// </summary>
    public WhatIfResult WhatIf(string mineral, string importer, IReadOnlyList<SourcingChange> changes)
    {
        var before = Assess(mineral, importer);
        var sourced = before.SourcedStage;
        if (sourced?.Sourcing is not { } baseline)
        {
            var known = Minerals.Sourcing.Where(s => s.Mineral == mineral).Select(s => s.Importer).Distinct().Order(StringComparer.Ordinal).ToArray();
            return WhatIfResult.Failed(mineral, importer, known.Length == 0
                ? $"no sourcing data for {mineral}; add rows to minerals/sourcing.csv"
                : $"no sourcing data for {importer}'s {mineral}; importers with data: {string.Join(", ", known)}");
        }
        var mix = baseline;
        var banned = new List<string>();
        var bannedSources = changes.Where(c => c.Kind is SourcingChangeKind.Add or SourcingChangeKind.Set
            && changes.Any(b => b.Kind == SourcingChangeKind.Ban && string.Equals(b.Country, c.Country, StringComparison.OrdinalIgnoreCase))).ToList();
        if (bannedSources.Count > 0)
            return WhatIfResult.Failed(mineral, importer, $"{bannedSources[0].Country} is banned in this what-if; it cannot also be a source");
        foreach (var change in changes)
        {
            if (change.Kind == SourcingChangeKind.Ban)
            {
                banned.Add(change.Country);
                if (!mix.Origins.Any(o => string.Equals(o.Origin, change.Country, StringComparison.OrdinalIgnoreCase)))
                    continue; // Banning a country that does not supply the importer still changes global supply.
            }
            var (next, error) = mix.Apply(change);
            if (next is null)
                return WhatIfResult.Failed(mineral, importer, error!);
            mix = next;
        }
        var after = Assess(mineral, importer, new Dictionary<SupplyStage, SourcingMix> { [baseline.Stage] = mix }, banned);
        var surviving = baseline.Origins
            .Where(o => mix.Origins.Any(m => string.Equals(m.Origin, o.Origin, StringComparison.OrdinalIgnoreCase)))
            .Sum(o => Math.Min(o.Amount, mix.Origins.First(m => string.Equals(m.Origin, o.Origin, StringComparison.OrdinalIgnoreCase)).Amount));
        return new WhatIfResult(mineral, importer, changes, before, after, baseline, mix,
            surviving / baseline.Total, mix.Total / baseline.Total, null);
    }

    private HhiWgi Hhi(string mineral, SupplyStage stage, Concentration shares, HhiScope scope, string? importer) =>
        new(shares.Shares.Where(s => !Concentration.IsUnattributed(s.Country))
            .Select(s => new HhiWgiTerm(s.Country, s.Share, Governance.Scaled(s.Country), TradeParameter(mineral, stage, s.Country, scope, importer)))
            .ToArray());

    /// <summary>
    /// The trade parameter: the EU 2023 value (1 by default), raised to the value of any export restriction in
    /// force on the as-of date when restrictions apply.
    /// </summary>
    public double TradeParameter(string mineral, SupplyStage stage, string country, HhiScope scope, string? importer)
    {
        var t = Minerals.TradeParameterFor(mineral, stage, country, scope);
        if (!Options.ApplyRestrictions)
            return t;
        foreach (var r in Minerals.Restrictions)
        {
            if (r.Mineral == mineral && string.Equals(r.Country, country, StringComparison.OrdinalIgnoreCase)
                && r.TradeParameterValue is { } value && r.AppliesTo(importer) && r.InForceOn(Options.AsOf))
                t = Math.Max(t, value);
        }
        return t;
    }
}
