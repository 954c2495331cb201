using Caravan.Core.Distributions;
using Caravan.Core.Network;
using Caravan.Core.Traffic;

namespace Caravan.Core.Data;

/// <summary>
/// Loads a dataset from a source: reads every table, collects every problem with its location, and
/// returns a dataset only when there is none. Never throws on bad input.
/// </summary>
public static class DatasetReader
{
    /// <summary>The built-in Eurasia dataset. Throws if it does not validate (a build defect).</summary>
    public static Dataset BuiltIn()
    {
        var result = Load(new BuiltInSource());
        return result.Dataset ?? throw new InvalidOperationException(
            "The built-in dataset is invalid:\n" + string.Join('\n', result.Problems));
    }

    /// <summary>Loads a dataset folder.</summary>
    public static LoadResult LoadFolder(string folder) =>
        Directory.Exists(folder)
            ? Load(new FolderSource(folder))
            : new LoadResult(null, [new Problem(folder, 0, 0, "dataset folder not found")]);

    /// <summary>Loads a dataset from any source.</summary>
    public static LoadResult Load(IDatasetSource source)
    {
        var problems = new List<Problem>();
        var tables = new RawTables(
            Table(source, TableSchema.Nodes, problems, out var nodes, ReadNode), nodes,
            Table(source, TableSchema.Links, problems, out var links, ReadLink), links,
            Table(source, TableSchema.Countries, problems, out var countries, ReadCountry), countries,
            Table(source, TableSchema.Commodities, problems, out var commodities, ReadCommodity), commodities,
            Table(source, TableSchema.Supply, problems, out var supply, ReadSupply), supply,
            Table(source, TableSchema.Demand, problems, out var demand, ReadDemand), demand,
            Table(source, TableSchema.Chokepoints, problems, out var chokepoints, ReadChokepoint), chokepoints,
            Table(source, TableSchema.Tariffs, problems, out var tariffs, ReadTariff, optional: true), tariffs,
            Table(source, TableSchema.Freight, problems, out var freight, ReadFreight, optional: true), freight);
        using var sourcesReader = source.Open("SOURCES.md");
        if (sourcesReader is null)
            problems.Add(new Problem(source.Describe("SOURCES.md"), 0, 0, "missing file: every dataset cites its sources in SOURCES.md"));
        var sourcesText = sourcesReader is null ? "" : SourceText.Read(sourcesReader, source.Describe("SOURCES.md"), problems) ?? "";

        DatasetValidator.Check(tables, problems);
        var trade = Rules.TradeTables.Read(source, tables, problems);
        if (problems.Count > 0)
            return new LoadResult(null, Sorted(problems));
        var dataset = new Dataset(
            nodes.Select(n => n.Value).ToArray(), links.Select(l => l.Value).ToArray(),
            countries.Select(c => c.Value).ToArray(), commodities.Select(c => c.Value).ToArray(),
            supply.Select(s => s.Value).ToArray(), demand.Select(d => d.Value).ToArray(),
            chokepoints.Select(c => c.Value).ToArray(), source.Name, sourcesText)
        {
            Tariffs = tariffs.Select(t => t.Value).ToArray(),
            Freight = freight.Select(f => f.Value).ToArray(),
            TradeRules = trade.Rules,
            Contracts = trade.Contracts,
        };
        DatasetValidator.CheckConnectivity(dataset, tables, problems);
        if (problems.Count > 0)
            return new LoadResult(null, Sorted(problems));
        var warnings = new List<Problem>();
        DatasetWarnings.Check(dataset, tables, warnings);
        return new LoadResult(dataset, []) { Warnings = Sorted(warnings) };
    }

    private static List<Problem> Sorted(List<Problem> problems) =>
        problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList();

    private static CsvTable Table<T>(IDatasetSource source, TableSchema schema, List<Problem> problems,
        out List<Located<T>> records, Func<RowReader, T> read, bool optional = false)
    {
        records = [];
        var file = source.Describe(schema.File);
        using var reader = source.Open(schema.File);
        if (reader is null)
        {
            if (!optional)
                problems.Add(new Problem(file, 0, 0, $"missing file: a dataset needs {schema.File}"));
            return CsvTable.Read(new StringReader(string.Join(',', schema.Required)), file, schema, []);
        }
        var table = CsvTable.Read(reader, file, schema, problems);
        // Any problem at all stops the dataset from being built, so rows with bad fields may join the cross-table checks.
        records = table.Records(schema, problems, read);
        return table;
    }

    private static Node ReadNode(RowReader r)
    {
        var kind = r.Enum<NodeKind>("kind", required: true) ?? NodeKind.Hub;
        var regime = r.Enum<CustomsRegime>("customs_regime");
        var node = new Node
        {
            Id = r.Text("id", required: true),
            Name = r.Text("name", required: true),
            Kind = kind,
            Country = r.Text("country", required: true),
            Lat = r.Number("lat", required: true, min: -90, max: 90) ?? 0,
            Lon = r.Number("lon", required: true, min: -180, max: 180) ?? 0,
            HandlingCostUsdPerTonne = r.Number("handling_cost_usd_per_t", max: FieldLimits.MaxUsdPerTonne) ?? 0,
            FeesUsdPerTonne = r.Number("fees_usd_per_t", max: FieldLimits.MaxUsdPerTonne) ?? 0,
            HandlingTimeHours = r.Dist("handling_time_h") ?? Distribution.Zero,
            CapacityTonnesPerDay = r.Number("capacity_t_per_day", positive: true, max: FieldLimits.MaxTonnesPerDay),
            CapacityTeuPerDay = r.Number("capacity_teu_per_day", positive: true, max: FieldLimits.MaxTeuPerDay),
            CapacityWagonsPerDay = r.Number("capacity_wagons_per_day", positive: true, max: FieldLimits.MaxWagonsPerDay),
            Servers = r.Integer("servers", positive: true, max: FieldLimits.MaxServers),
            CustomsRegime = regime,
            DwellPaperHours = r.Dist("dwell_paper_h"),
            DwellDigitalHours = r.Dist("dwell_digital_h"),
            GaugeChange = r.Boolean("gauge_change", false),
            Disruption = r.Disruption(),
            LicensedClasses = r.List("licensed_classes"),
            CargoClasses = CargoClasses(r),
            Notes = r.Text("notes"),
            CapacityMonthFactors = r.Months("capacity_month_factors"),
            ThroughputTonnesPerYear = r.Number("throughput_t_per_year", positive: true, max: FieldLimits.MaxTonnesPerYear),
            ThroughputTeuPerYear = r.Number("throughput_teu_per_year", positive: true, max: FieldLimits.MaxTeuPerDay * 365),
            ThroughputYear = r.Throughput(),
        };
        if (kind == NodeKind.Border)
        {
            if (regime is null && r.Raw("customs_regime").Length == 0)
                r.Fail("customs_regime", "a border needs 'customs_regime' (paper or digital)");
            if (r.Raw("dwell_paper_h").Length == 0)
                r.Fail("dwell_paper_h", "a border needs 'dwell_paper_h'");
            if (r.Raw("dwell_digital_h").Length == 0)
                r.Fail("dwell_digital_h", "a border needs 'dwell_digital_h'");
        }
        return node;
    }

    private static Link ReadLink(RowReader r) => new()
    {
        Id = r.Text("id", required: true),
        From = r.Text("from", required: true),
        To = r.Text("to", required: true),
        Mode = r.Enum<Mode>("mode", required: true) ?? Mode.Rail,
        TwoWay = r.Boolean("two_way", true),
        DistanceKm = r.Number("distance_km", required: true, positive: true, max: FieldLimits.MaxDistanceKm) ?? 1,
        TransitTimeHours = r.Dist("transit_time_h", required: true) ?? Distribution.Zero,
        CostUsdPerTonne = r.Number("cost_usd_per_t", max: FieldLimits.MaxUsdPerTonne) ?? 0,
        CostFromTariff = r.Raw("cost_usd_per_t").Length == 0,
        CapacityTonnesPerDay = r.Number("capacity_t_per_day", positive: true, max: FieldLimits.MaxTonnesPerDay),
        CapacityTeuPerDay = r.Number("capacity_teu_per_day", positive: true, max: FieldLimits.MaxTeuPerDay),
        CapacityWagonsPerDay = r.Number("capacity_wagons_per_day", positive: true, max: FieldLimits.MaxWagonsPerDay),
        DeparturesPerWeek = r.Number("departures_per_week", positive: true, max: FieldLimits.MaxDeparturesPerWeek),
        Co2GramsPerTonneKmGiven = r.Number("co2_g_per_tkm", max: FieldLimits.MaxCo2GramsPerTonneKm),
        Countries = r.List("countries"),
        Chokepoints = r.List("chokepoints"),
        Operator = r.Text("operator"),
        Disruption = r.Disruption(),
        Notes = r.Text("notes"),
        CapacityMonthFactors = r.Months("capacity_month_factors"),
        ThroughputTonnesPerYear = r.Number("throughput_t_per_year", positive: true, max: FieldLimits.MaxTonnesPerYear),
        ThroughputTeuPerYear = r.Number("throughput_teu_per_year", positive: true, max: FieldLimits.MaxTeuPerDay * 365),
        ThroughputYear = r.Throughput(),
    };

    private static Tariff ReadTariff(RowReader r) => new()
    {
        Country = r.Text("country", required: true),
        Mode = r.Enum<Mode>("mode", required: true) ?? Mode.Rail,
        UsdPerTonneKm = r.Number("usd_per_t_km", required: true, max: FieldLimits.MaxUsdPerTonneKm) ?? 0,
        Operator = r.Text("operator"),
        Year = r.Integer("year", positive: true, max: FieldLimits.MaxYear),
        Estimate = r.Boolean("estimate", false),
        Notes = r.Text("notes"),
    };

    // The freight classes a node handles (an oil terminal: liquid only); empty = every class.
    private static IReadOnlyList<CargoClass> CargoClasses(RowReader r)
    {
        var classes = new List<CargoClass>();
        foreach (var name in r.List("cargo_classes"))
        {
            if (SnakeCase.TryParse<CargoClass>(name, out var cargo))
                classes.Add(cargo);
            else
                r.Fail("cargo_classes", $"'{name}' is not a cargo class (expected {string.Join(", ", SnakeCase.Names<CargoClass>())})");
        }
        return classes;
    }

    private static FreightFlow ReadFreight(RowReader r)
    {
        var cargo = r.Enum<CargoClass>("cargo", required: true) ?? CargoClass.Bulk;
        var year = r.Integer("year", positive: true, max: FieldLimits.MaxYear);
        if (year is null && r.Raw("year").Length == 0)
            r.Fail("year", "'year' is required: the year the quantity is for");
        var max = cargo == CargoClass.Container ? FieldLimits.MaxTeuPerDay * 365 : FieldLimits.MaxTonnesPerYear;
        return new FreightFlow
        {
            Id = r.Text("id", required: true),
            Origin = r.Text("origin", required: true),
            Destination = r.Text("destination", required: true),
            Cargo = cargo,
            QuantityPerYear = r.Number("quantity_per_year", required: true, max: max) ?? 0,
            ValueUsdPerUnit = r.Number("value_usd_per_unit", required: true, max: FieldLimits.MaxValueUsdPerTonne) ?? 0,
            Year = year ?? 0,
            GrowthPerYear = r.Number("growth_per_year", min: -FieldLimits.MaxGrowthPerYear, max: FieldLimits.MaxGrowthPerYear) ?? 0,
            Notes = r.Text("notes"),
        };
    }

    private static Country ReadCountry(RowReader r) => new()
    {
        Code = r.Text("code", required: true),
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
        WgiYear = r.Integer("wgi_year", positive: true, max: FieldLimits.MaxYear),
    };

    private static Commodity ReadCommodity(RowReader r)
    {
        var forbidden = new List<Mode>();
        foreach (var name in r.List("forbidden_modes"))
        {
            if (SnakeCase.TryParse<Mode>(name, out var mode))
                forbidden.Add(mode);
            else
                r.Fail("forbidden_modes", $"unknown mode '{name}'{Suggestions.DidYouMean(name, SnakeCase.Names<Mode>())}");
        }
        return new Commodity
        {
            Id = r.Text("id", required: true),
            Name = r.Text("name", required: true),
            HsCode = r.Text("hs_code", required: true),
            ValueUsdPerTonne = r.Number("value_usd_per_t", required: true, positive: true, max: FieldLimits.MaxValueUsdPerTonne) ?? 1,
            HazardClass = r.Text("hazard_class"),
            UnNumber = r.Text("un_number"),
            ForbiddenModes = forbidden,
            LicensedNodesOnly = r.Boolean("licensed_nodes_only", false),
            CarryingRatePerYear = r.Number("carrying_rate_per_year", max: 1) ?? 0.10,
            Mineral = r.Text("mineral"),
            Notes = r.Text("notes"),
            TonnesPerTeu = r.Number("t_per_teu", positive: true, max: FieldLimits.MaxTonnesPerTeu),
            TonnesPerWagon = r.Number("t_per_wagon", positive: true, max: FieldLimits.MaxTonnesPerWagon),
        };
    }

    private static SupplyPoint ReadSupply(RowReader r) => new(
        r.Text("node", required: true),
        r.Text("commodity", required: true),
        r.Number("tonnes_per_year", required: true, positive: true, max: FieldLimits.MaxTonnesPerYear) ?? 0,
        r.Text("notes"));

    private static DemandPoint ReadDemand(RowReader r) => new(
        r.Text("node", required: true),
        r.Text("commodity", required: true),
        r.Number("tonnes_per_year", required: true, positive: true, max: FieldLimits.MaxTonnesPerYear) ?? 0,
        r.Number("safety_stock_days", max: FieldLimits.MaxSafetyStockDays) ?? 0,
        r.Text("notes"));

    private static Chokepoint ReadChokepoint(RowReader r) => new()
    {
        Id = r.Text("id", required: true),
        Name = r.Text("name", required: true),
        Lat = r.Number("lat", required: true, min: -90, max: 90) ?? 0,
        Lon = r.Number("lon", required: true, min: -180, max: 180) ?? 0,
        Disruption = r.Disruption(),
        Notes = r.Text("notes"),
        State = r.Enum<ChokepointState>("state") ?? ChokepointState.Open,
        WarRiskPremium = r.Number("war_risk_premium", max: 1) ?? 0,
    };
}
