using Caravan.Core.Data;

namespace Caravan.Core.Risk;

/// <summary>Cross-row rules of the minerals tables: uniqueness, one unit per series, one edition per year, shares that add up.</summary>
internal static class MineralsChecks
{
    public static void Unique<T>(CsvTable table, List<Located<T>> rows, Func<T, string> key, string what, List<Problem> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (value, line) in rows)
        {
            var k = key(value);
            if (!seen.TryAdd(k, line))
                problems.Add(new Problem(table.File, line, 1, $"duplicate {what} '{k}' (first on line {seen[k]})"));
        }
    }

    public static void Production(CsvTable table, List<Located<ProductionRecord>> rows, List<Problem> problems)
    {
        Unique(table, rows, p => $"{p.Mineral} {p.Stage} {p.Country} {p.Year} {p.Edition}", "production row", problems);
        var units = new Dictionary<string, (string Unit, int Line)>(StringComparer.Ordinal);
        var editions = new Dictionary<string, (string Edition, int Line)>(StringComparer.Ordinal);
        foreach (var (p, line) in rows)
        {
            var series = $"{p.Mineral} {p.Stage} {p.Year} {p.Edition}";
            if (!units.TryAdd(series, (p.Unit, line)) && units[series].Unit != p.Unit)
                problems.Add(new Problem(table.File, line, table.ColumnNumber("unit"),
                    $"unit '{p.Unit}' differs from '{units[series].Unit}' on line {units[series].Line} for {series}: shares need one unit"));
            var slot = $"{p.Mineral} {p.Stage} {p.Year} edition_year {p.EditionYear}";
            if (!editions.TryAdd(slot, (p.Edition, line)) && editions[slot].Edition != p.Edition)
                problems.Add(new Problem(table.File, line, table.ColumnNumber("edition_year"),
                    $"editions '{editions[slot].Edition}' (line {editions[slot].Line}) and '{p.Edition}' share {slot}: the newest edition cannot be chosen"));
        }
    }

    public static void Sourcing(CsvTable table, List<Located<SourcingRecord>> rows, List<Problem> problems)
    {
        Unique(table, rows, s => $"{s.Importer} {s.Mineral} {s.Stage} {s.Origin}", "sourcing row", problems);
        foreach (var group in rows.GroupBy(s => $"{s.Value.Importer} {s.Value.Mineral} {s.Value.Stage}", StringComparer.OrdinalIgnoreCase))
        {
            var first = group.First();
            var byShare = first.Value.Share is not null;
            var sum = 0.0;
            foreach (var (s, line) in group)
            {
                if ((s.Share is not null) != byShare)
                {
                    problems.Add(new Problem(table.File, line, table.ColumnNumber(byShare ? "share" : "tonnes_per_year"),
                        $"{group.Key}: line {first.Line} gives {(byShare ? "shares" : "tonnes")}; give every origin the same way"));
                    continue;
                }
                sum += s.Share ?? 0;
                if (byShare && sum > 1 + 1e-6)
                    problems.Add(new Problem(table.File, line, table.ColumnNumber("share"),
                        $"{group.Key}: shares add up to {sum:0.###}, more than 1"));
                if (s.Basis != first.Value.Basis)
                    problems.Add(new Problem(table.File, line, table.ColumnNumber("basis"),
                        $"{group.Key}: basis '{s.Basis}' differs from '{first.Value.Basis}' on line {first.Line}"));
            }
        }
    }
}
