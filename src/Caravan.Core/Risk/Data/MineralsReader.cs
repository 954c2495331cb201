using Caravan.Core.Data;

namespace Caravan.Core.Risk;

/// <summary>
/// Reads and validates the <c>minerals/</c> tables of a dataset source, reporting every problem as
/// file:line:column like the main loader. Only <c>minerals/production.csv</c> is required; the other tables are optional.
/// </summary>
public static class MineralsReader
{
    /// <summary>The built-in minerals tables. Throws if they do not validate (a build defect).</summary>
    public static MineralsData BuiltIn()
    {
        var result = Load(new BuiltInSource());
        return result.Data ?? throw new InvalidOperationException(
            "The built-in minerals tables are invalid:\n" + string.Join('\n', result.Problems));
    }

    /// <summary>
    /// The minerals tables of <paramref name="source"/> when it has them (<c>Found</c>), else the built-in
    /// ones; <c>Data</c> is null when the source's own tables have problems.
    /// </summary>
    public static MineralsLoadResult LoadOrBuiltIn(IDatasetSource source)
    {
        var result = source is BuiltInSource ? null : Load(source);
        return result is { Found: true } ? result : new MineralsLoadResult(BuiltIn(), [], false);
    }

    /// <summary>Loads the minerals tables of <paramref name="source"/>.</summary>
    public static MineralsLoadResult Load(IDatasetSource source)
    {
        using (var probe = source.Open(MineralsSchemas.Production.File))
        {
            if (probe is null)
                return new MineralsLoadResult(null, [], false);
        }
        var problems = new List<Problem>();
        var production = Table(source, MineralsSchemas.Production, problems, ReadProduction, out var productionTable);
        var sourcing = Table(source, MineralsSchemas.Sourcing, problems, ReadSourcing, out var sourcingTable);
        var restrictions = Table(source, MineralsSchemas.Restrictions, problems, ReadRestriction, out _);
        var trade = Table(source, MineralsSchemas.TradeParameters, problems, ReadTradeParameter, out var tradeTable);
        var inputs = Table(source, MineralsSchemas.CrmInputs, problems, ReadCrmInputs, out var inputsTable);
        var governance = Table(source, MineralsSchemas.Governance, problems, ReadCountry, out var governanceTable);
        var published = Table(source, MineralsSchemas.StageLevel, problems, StageLevelReader.ReadRow, out _);

        MineralsChecks.Production(productionTable, production, problems);
        MineralsChecks.Sourcing(sourcingTable, sourcing, problems);
        MineralsChecks.Unique(tradeTable, trade, t => $"{t.Mineral} {t.Stage} {t.Country} {t.Scope}", "trade parameter", problems);
        MineralsChecks.Unique(inputsTable, inputs, c => $"{c.Mineral} {c.Stage}", "EU inputs row", problems);
        MineralsChecks.Unique(governanceTable, governance, c => c.Code, "country", problems);

        if (problems.Count > 0)
        {
            var sorted = problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList();
            return new MineralsLoadResult(null, sorted, true);
        }
        var data = new MineralsData
        {
            Production = production.Select(p => p.Value).ToArray(),
            Sourcing = sourcing.Select(s => s.Value).ToArray(),
            Restrictions = restrictions.Select(r => r.Value).ToArray(),
            TradeParameters = trade.Select(t => t.Value).ToArray(),
            CrmInputs = inputs.Select(c => c.Value).ToArray(),
            Governance = governance.Select(c => c.Value).ToArray(),
            Published = published.Select(p => p.Value).ToArray(),
        };
        return new MineralsLoadResult(data, [], true);
    }

    private static List<Located<T>> Table<T>(IDatasetSource source, TableSchema schema, List<Problem> problems,
        Func<RowReader, T> read, out CsvTable table)
    {
        var file = source.Describe(schema.File);
        using var reader = source.Open(schema.File);
        if (reader is null)
        {
            // Optional tables may be absent; an empty table stands in.
            table = CsvTable.Read(new StringReader(string.Join(',', schema.Required)), file, schema, []);
            return [];
        }
        table = CsvTable.Read(reader, file, schema, problems);
        // Any problem stops the tables from being used, so rows with bad fields may join the cross-row checks.
        return table.Records(schema, problems, read);
    }

    private static ProductionRecord ReadProduction(RowReader r) => new(
        r.Text("mineral", required: true),
        r.Enum<SupplyStage>("stage", required: true) ?? SupplyStage.Extraction,
        r.CountryCode("country", allowUnattributed: true),
        r.Integer("year", positive: true) ?? RequiredMissing(r, "year"),
        r.Number("quantity", required: true) ?? 0,
        r.Text("unit", required: true),
        r.Boolean("estimate", false),
        r.Text("edition", required: true),
        r.Integer("edition_year", positive: true) ?? RequiredMissing(r, "edition_year"),
        r.Text("notes"));

    private static SourcingRecord ReadSourcing(RowReader r)
    {
        var tonnes = r.Number("tonnes_per_year", positive: true);
        var share = r.Fraction("share");
        var bothEmpty = r.Raw("tonnes_per_year").Length == 0 && r.Raw("share").Length == 0;
        if (bothEmpty)
            r.Fail("tonnes_per_year", "give 'tonnes_per_year' or 'share'");
        else if (r.Raw("tonnes_per_year").Length > 0 && r.Raw("share").Length > 0)
            r.Fail("share", "give 'tonnes_per_year' or 'share', not both");
        var basis = r.Text("basis");
        if (basis.Length == 0)
            basis = "supply";
        else if (basis is not ("supply" or "imports"))
            r.Fail("basis", $"'basis' must be supply or imports, got '{basis}'");
        return new SourcingRecord(
            r.CountryCode("importer"), r.Text("mineral", required: true),
            r.Enum<SupplyStage>("stage", required: true) ?? SupplyStage.Extraction,
            r.CountryCode("origin", allowUnattributed: true), tonnes, share, r.Text("year"), basis, r.Text("notes"));
    }

    private static ExportRestriction ReadRestriction(RowReader r)
    {
        var from = r.Date("suspended_from");
        var until = r.Date("suspended_until");
        if ((r.Raw("suspended_from").Length == 0) != (r.Raw("suspended_until").Length == 0))
            r.Fail(from is null ? "suspended_from" : "suspended_until", "a suspension needs both 'suspended_from' and 'suspended_until'");
        var importer = r.Raw("importer").Length > 0 ? r.CountryCode("importer") : "";
        return new ExportRestriction(
            r.CountryCode("country"), r.Text("mineral", required: true),
            r.Enum<RestrictionMeasure>("measure", required: true) ?? RestrictionMeasure.Licence,
            importer, r.Date("announced"), r.Date("effective", required: true) ?? default, from, until,
            r.Number("trade_parameter", positive: true), r.Text("notes"));
    }

    private static TradeParameter ReadTradeParameter(RowReader r) => new(
        r.Text("mineral", required: true),
        r.Enum<SupplyStage>("stage", required: true) ?? SupplyStage.Extraction,
        r.CountryCode("country"),
        r.Enum<HhiScope>("scope", required: true) ?? HhiScope.Global,
        r.Number("value", required: true, positive: true) ?? 1);

    private static CrmInputs ReadCrmInputs(RowReader r) => new(
        r.Text("mineral", required: true),
        r.Enum<SupplyStage>("stage", required: true) ?? SupplyStage.Extraction,
        r.Text("eu_material"),
        r.Fraction("import_reliance"), r.Fraction("eol_rir"), r.Fraction("si_sr"), r.Fraction("si_ei"),
        r.Number("ei", max: 10));

    private static Country ReadCountry(RowReader r) => new()
    {
        Code = r.CountryCode("code"),
        Name = r.Text("name", required: true),
        Wgi = new WgiEstimates
        {
            VoiceAccountability = r.Number("wgi_va", min: -2.5, max: 2.5),
            PoliticalStability = r.Number("wgi_pv", min: -2.5, max: 2.5),
            GovernmentEffectiveness = r.Number("wgi_ge", min: -2.5, max: 2.5),
            RegulatoryQuality = r.Number("wgi_rq", min: -2.5, max: 2.5),
            RuleOfLaw = r.Number("wgi_rl", min: -2.5, max: 2.5),
            ControlOfCorruption = r.Number("wgi_cc", min: -2.5, max: 2.5),
        },
        WgiYear = r.Integer("wgi_year", positive: true),
    };

    private static int RequiredMissing(RowReader r, string column)
    {
        if (r.Raw(column).Length == 0)
            r.Fail(column, $"'{column}' is required");
        return 0;
    }
}
