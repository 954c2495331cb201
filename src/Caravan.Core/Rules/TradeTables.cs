using System.Globalization;
using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Core.Rules;

/// <summary>
/// Reads and checks the optional <c>trade-rules.csv</c> and <c>contracts.csv</c> of a dataset: every
/// reference resolves (country, commodity, mineral, hazard class, node), dates parse and do not overlap
/// for the same thing, shares lie in 0–1. Problems are located as <c>file:line:column</c>.
/// </summary>
internal static class TradeTables
{
    public static readonly TableSchema RulesSchema = new("trade-rules.csv",
        ["id", "kind", "measure", "authority", "country", "start", "source"],
        ["commodity", "mineral", "hazard_class", "importers", "share", "tonnes_per_year", "end", "notes"]);

    public static readonly TableSchema ContractsSchema = new("contracts.csv",
        ["id", "supplier", "buyer", "commodity", "tonnes_per_year", "start", "source"],
        ["end", "notes"]);

    /// <summary>Reads both tables (each optional) and checks them against the core tables.</summary>
    public static (IReadOnlyList<TradeRule> Rules, IReadOnlyList<SupplyContract> Contracts) Read(
        IDatasetSource source, RawTables t, List<Problem> problems)
    {
        var rulesTable = Open(source, RulesSchema, problems, out var rules, ReadRule);
        var contractsTable = Open(source, ContractsSchema, problems, out var contracts, ReadContract);
        var countries = t.Countries.Select(c => c.Value.Code).ToHashSet(StringComparer.Ordinal);
        var commodities = t.Commodities.Select(c => c.Value).ToList();
        var commodityIds = commodities.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var minerals = commodities.Select(c => c.Mineral).Where(m => m.Length > 0).ToHashSet(StringComparer.Ordinal);
        var classes = commodities.Select(c => c.HazardClass).Where(h => h.Length > 0).ToHashSet(StringComparer.Ordinal);
        var nodes = t.Nodes.Select(n => n.Value.Id).ToHashSet(StringComparer.Ordinal);
        if (rulesTable is not null)
            CheckRules(rulesTable, rules, countries, commodityIds, minerals, classes, problems);
        if (contractsTable is not null)
            CheckContracts(contractsTable, contracts, t, nodes, commodityIds, problems);
        return (rules.Select(r => r.Value).ToArray(), contracts.Select(c => c.Value).ToArray());
    }

    private static CsvTable? Open<T>(IDatasetSource source, TableSchema schema, List<Problem> problems,
        out List<Located<T>> records, Func<RowReader, T> read)
    {
        records = [];
        using var reader = source.Open(schema.File);
        if (reader is null)
            return null;
        var table = CsvTable.Read(reader, source.Describe(schema.File), schema, problems);
        records = table.Records(schema, problems, read);
        return table;
    }

    private static TradeRule ReadRule(RowReader r)
    {
        var rule = new TradeRule
        {
            Id = r.Text("id", required: true),
            Kind = r.Enum<TradeRuleKind>("kind", required: true) ?? TradeRuleKind.Sanction,
            Measure = r.Enum<TradeMeasure>("measure", required: true) ?? TradeMeasure.NoTransit,
            Authority = r.Text("authority", required: true),
            Country = r.Text("country", required: true),
            Commodity = r.Text("commodity"),
            Mineral = r.Text("mineral"),
            HazardClass = r.Text("hazard_class"),
            Importers = r.List("importers"),
            Share = r.Number("share", max: 1),
            TonnesPerYear = r.Number("tonnes_per_year", max: FieldLimits.MaxTonnesPerYear),
            Start = Date(r, "start", required: true) ?? DateOnly.MinValue,
            End = Date(r, "end"),
            Source = r.Text("source", required: true),
            Notes = r.Text("notes"),
        };
        var goods = new[] { rule.Commodity, rule.Mineral, rule.HazardClass }.Count(x => x.Length > 0);
        if (goods != 1)
            r.Fail("commodity", "a trade rule covers exactly one of 'commodity', 'mineral' or 'hazard_class'");
        if (rule.Measure == TradeMeasure.Quota && rule.Share is null && rule.TonnesPerYear is null)
            r.Fail("share", "a quota needs 'share' (of each importer's demand, 0 to 1) or 'tonnes_per_year'");
        if (rule.Measure != TradeMeasure.Quota && (rule.Share is not null || rule.TonnesPerYear is not null))
            r.Fail(rule.Share is not null ? "share" : "tonnes_per_year", "only a quota takes 'share' or 'tonnes_per_year'");
        if (rule.End is { } end && end <= rule.Start)
            r.Fail("end", $"'end' ({end:yyyy-MM-dd}) must come after 'start' ({rule.Start:yyyy-MM-dd})");
        return rule;
    }

    private static SupplyContract ReadContract(RowReader r)
    {
        var contract = new SupplyContract
        {
            Id = r.Text("id", required: true),
            Supplier = r.Text("supplier", required: true),
            Buyer = r.Text("buyer", required: true),
            Commodity = r.Text("commodity", required: true),
            TonnesPerYear = r.Number("tonnes_per_year", required: true, positive: true, max: FieldLimits.MaxTonnesPerYear) ?? 0,
            Start = Date(r, "start", required: true) ?? DateOnly.MinValue,
            End = Date(r, "end"),
            Source = r.Text("source", required: true),
            Notes = r.Text("notes"),
        };
        if (contract.End is { } end && end <= contract.Start)
            r.Fail("end", $"'end' ({end:yyyy-MM-dd}) must come after 'start' ({contract.Start:yyyy-MM-dd})");
        return contract;
    }

    /// <summary>A date <c>yyyy-mm-dd</c>, or <c>yyyy-mm</c> for the first of the month (sources with month precision).</summary>
    private static DateOnly? Date(RowReader r, string column, bool required = false)
    {
        var text = r.Text(column, required);
        if (text.Length == 0)
            return null;
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        r.Fail(column, $"'{column}' must be a date yyyy-mm-dd (or yyyy-mm), got '{text}'");
        return null;
    }

    private static void CheckRules(CsvTable table, List<Located<TradeRule>> rules, HashSet<string> countries,
        HashSet<string> commodities, HashSet<string> minerals, HashSet<string> classes, List<Problem> problems)
    {
        Unique(table, rules, r => r.Id, "id", "trade rule", problems);
        foreach (var (rule, line) in rules)
        {
            Reference(table, line, "country", rule.Country, countries, "country", problems);
            foreach (var importer in rule.Importers)
                Reference(table, line, "importers", importer, countries, "country", problems);
            if (rule.Commodity.Length > 0)
                Reference(table, line, "commodity", rule.Commodity, commodities, "commodity", problems);
            if (rule.Mineral.Length > 0)
                Reference(table, line, "mineral", rule.Mineral, minerals, "mineral (no commodity in commodities.csv is made of it)", problems);
            if (rule.HazardClass.Length > 0)
                Reference(table, line, "hazard_class", rule.HazardClass, classes, "hazard class (no commodity in commodities.csv has it)", problems);
        }
        // One authority does not hold two rules on the same goods, country, measure and importer at once:
        // a changed regime ends the old row where the new one starts.
        var groups = rules.GroupBy(r => (r.Value.Authority, r.Value.Country, r.Value.Measure, r.Value.Goods));
        foreach (var group in groups)
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    var (a, b) = (list[j].Value, list[i].Value);
                    if (SameImporter(a, b) && Overlap(a.Start, a.End, b.Start, b.End))
                    {
                        problems.Add(new Problem(table.File, list[i].Line, table.ColumnNumber("start"),
                            $"trade rule '{b.Id}' overlaps rule '{a.Id}' (line {list[j].Line}): same authority, country, measure and goods in force at once; end one where the other starts"));
                        break;
                    }
                }
            }
        }
    }

    private static void CheckContracts(CsvTable table, List<Located<SupplyContract>> contracts, RawTables t,
        HashSet<string> nodes, HashSet<string> commodities, List<Problem> problems)
    {
        Unique(table, contracts, c => c.Id, "id", "contract", problems);
        foreach (var (contract, line) in contracts)
        {
            Reference(table, line, "supplier", contract.Supplier, nodes, "node", problems);
            Reference(table, line, "buyer", contract.Buyer, nodes, "node", problems);
            Reference(table, line, "commodity", contract.Commodity, commodities, "commodity", problems);
            if (nodes.Contains(contract.Supplier) && commodities.Contains(contract.Commodity)
                && !t.Supply.Any(s => s.Value.Node == contract.Supplier && s.Value.Commodity == contract.Commodity))
                problems.Add(new Problem(table.File, line, table.ColumnNumber("supplier"),
                    $"contract '{contract.Id}': node '{contract.Supplier}' has no supply of '{contract.Commodity}' in supply.csv"));
            if (nodes.Contains(contract.Buyer) && commodities.Contains(contract.Commodity)
                && !t.Demand.Any(d => d.Value.Node == contract.Buyer && d.Value.Commodity == contract.Commodity))
                problems.Add(new Problem(table.File, line, table.ColumnNumber("buyer"),
                    $"contract '{contract.Id}': node '{contract.Buyer}' has no demand for '{contract.Commodity}' in demand.csv"));
        }
        foreach (var group in contracts.GroupBy(c => (c.Value.Supplier, c.Value.Buyer, c.Value.Commodity)))
        {
            var list = group.ToList();
            for (var i = 1; i < list.Count; i++)
            {
                var earlier = list.Take(i).FirstOrDefault(e => Overlap(e.Value.Start, e.Value.End, list[i].Value.Start, list[i].Value.End));
                if (earlier is not null)
                    problems.Add(new Problem(table.File, list[i].Line, table.ColumnNumber("start"),
                        $"contract '{list[i].Value.Id}' overlaps contract '{earlier.Value.Id}' (line {earlier.Line}) for the same supplier, buyer and commodity"));
            }
        }
    }

    private static bool SameImporter(TradeRule a, TradeRule b) =>
        a.Importers.Count == 0 || b.Importers.Count == 0 || a.Importers.Intersect(b.Importers, StringComparer.Ordinal).Any();

    private static bool Overlap(DateOnly aStart, DateOnly? aEnd, DateOnly bStart, DateOnly? bEnd) =>
        (aEnd is null || bStart < aEnd.Value) && (bEnd is null || aStart < bEnd.Value);

    private static void Unique<T>(CsvTable table, List<Located<T>> records, Func<T, string> key, string column, string what, List<Problem> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, line) in records)
        {
            var k = key(value);
            if (k.Length == 0)
                continue;
            if (seen.TryGetValue(k, out var first))
                problems.Add(new Problem(table.File, line, table.ColumnNumber(column), $"duplicate {what} '{k}' (first on line {first})"));
            else
                seen[k] = line;
        }
    }

    private static void Reference(CsvTable table, int line, string column, string value, HashSet<string> known, string what, List<Problem> problems)
    {
        if (value.Length == 0 || known.Contains(value))
            return;
        problems.Add(new Problem(table.File, line, table.ColumnNumber(column), $"unknown {what} '{value}'{Suggestions.DidYouMean(value, known)}"));
    }
}
