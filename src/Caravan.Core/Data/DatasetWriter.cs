using System.Globalization;
using Caravan.Core.Distributions;
using Caravan.Core.Network;
using CsvHelper;

namespace Caravan.Core.Data;

/// <summary>Writes a dataset as a folder of CSV tables that <see cref="DatasetReader"/> reads back unchanged.</summary>
public static class DatasetWriter
{
    /// <summary>Writes every table and SOURCES.md into <paramref name="folder"/> (created if needed).</summary>
    public static void Write(Dataset dataset, string folder)
    {
        Directory.CreateDirectory(folder);
        WriteTable(folder, TableSchema.Nodes, dataset.Nodes, NodeRow);
        WriteTable(folder, TableSchema.Links, dataset.Links, LinkRow);
        WriteTable(folder, TableSchema.Countries, dataset.Countries, c => [
            c.Code, c.Name, Num(c.Wgi.VoiceAccountability), Num(c.Wgi.PoliticalStability), Num(c.Wgi.GovernmentEffectiveness),
            Num(c.Wgi.RegulatoryQuality), Num(c.Wgi.RuleOfLaw), Num(c.Wgi.ControlOfCorruption),
            c.WgiYear?.ToString(CultureInfo.InvariantCulture) ?? ""]);
        WriteTable(folder, TableSchema.Commodities, dataset.Commodities, c => [
            c.Id, c.Name, c.HsCode, Num(c.ValueUsdPerTonne), c.HazardClass, c.UnNumber,
            string.Join(';', c.ForbiddenModes.Select(SnakeCase.Name)), Bool(c.LicensedNodesOnly),
            Num(c.CarryingRatePerYear), c.Mineral, c.Notes, Num(c.TonnesPerTeu), Num(c.TonnesPerWagon)]);
        WriteTable(folder, TableSchema.Supply, dataset.Supply, s => [s.Node, s.Commodity, Num(s.TonnesPerYear), s.Notes]);
        WriteTable(folder, TableSchema.Demand, dataset.Demand, d => [d.Node, d.Commodity, Num(d.TonnesPerYear), Num(d.SafetyStockDays), d.Notes]);
        if (dataset.Tariffs.Count > 0)
        {
            WriteTable(folder, TableSchema.Tariffs, dataset.Tariffs, t => [
                t.Country, SnakeCase.Name(t.Mode), Num(t.UsdPerTonneKm), t.Operator, t.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
                Bool(t.Estimate), t.Notes]);
        }
        if (dataset.Freight.Count > 0)
        {
            WriteTable(folder, TableSchema.Freight, dataset.Freight, f => [
                f.Id, f.Origin, f.Destination, SnakeCase.Name(f.Cargo), Num(f.QuantityPerYear), Num(f.ValueUsdPerUnit),
                f.Year.ToString(CultureInfo.InvariantCulture), Num(f.GrowthPerYear), f.Notes]);
        }
        WriteTable(folder, TableSchema.Chokepoints, dataset.Chokepoints, c => [
            c.Id, c.Name, Num(c.Lat), Num(c.Lon), Num(c.Disruption?.ClosuresPerYear), Dist(c.Disruption?.ClosureDurationHours), c.Notes,
            c.Disruption?.MonthWeights?.Syntax ?? "", c.State == ChokepointState.Open ? "" : SnakeCase.Name(c.State),
            c.WarRiskPremium == 0 ? "" : Num(c.WarRiskPremium)]);
        File.WriteAllText(Path.Combine(folder, "SOURCES.md"), dataset.Sources);
    }

    /// <summary>Folders of companion tables that travel with a dataset (scenarios, minerals, project edits).</summary>
    public static readonly IReadOnlyList<string> CompanionFolders = ["scenarios", "minerals", "projects"];

    /// <summary>Single companion files (investment candidates and their sources).</summary>
    public static readonly IReadOnlyList<string> CompanionFiles = ["projects.csv", "projects-SOURCES.md", "trade-rules.csv", "contracts.csv"];

    /// <summary>Copies the companion tables of <paramref name="source"/> (scenarios, minerals, projects) into <paramref name="folder"/>.</summary>
    public static int CopyCompanions(IDatasetSource source, string folder)
    {
        var files = CompanionFolders.SelectMany(source.List).Concat(CompanionFiles).ToList();
        var copied = 0;
        foreach (var file in files)
        {
            using var reader = source.Open(file);
            if (reader is null)
                continue;
            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path + ".tmp", reader.ReadToEnd());
            File.Move(path + ".tmp", path, overwrite: true);
            copied++;
        }
        return copied;
    }

    /// <summary>The nodes table as CSV text (also used by GeoJSON import to rebuild nodes).</summary>
    internal static string[] NodeRow(Node n) => [
        n.Id, n.Name, SnakeCase.Name(n.Kind), n.Country, Num(n.Lat), Num(n.Lon),
        Num(n.HandlingCostUsdPerTonne), n.FeesUsdPerTonne == 0 ? "" : Num(n.FeesUsdPerTonne), Dist(n.HandlingTimeHours), Num(n.CapacityTonnesPerDay), Num(n.CapacityTeuPerDay), Num(n.CapacityWagonsPerDay),
        n.Servers?.ToString(CultureInfo.InvariantCulture) ?? "", n.CustomsRegime is { } r ? SnakeCase.Name(r) : "",
        Dist(n.DwellPaperHours), Dist(n.DwellDigitalHours), Bool(n.GaugeChange),
        Num(n.Disruption?.ClosuresPerYear), Dist(n.Disruption?.ClosureDurationHours),
        string.Join(';', n.LicensedClasses), n.Notes, n.CapacityMonthFactors?.Syntax ?? "", n.Disruption?.MonthWeights?.Syntax ?? "",
        Num(n.ThroughputTonnesPerYear), Num(n.ThroughputTeuPerYear), n.ThroughputYear?.ToString(CultureInfo.InvariantCulture) ?? "",
        string.Join(';', n.CargoClasses.Select(SnakeCase.Name))];

    internal static string[] LinkRow(Link l) => [
        l.Id, l.From, l.To, SnakeCase.Name(l.Mode), Num(l.DistanceKm), Dist(l.TransitTimeHours),
        string.Join(';', l.Countries), l.CostFromTariff ? "" : Num(l.CostUsdPerTonne), Bool(l.TwoWay), Num(l.CapacityTonnesPerDay), Num(l.CapacityTeuPerDay), Num(l.CapacityWagonsPerDay), Num(l.DeparturesPerWeek),
        Num(l.Co2GramsPerTonneKmGiven), string.Join(';', l.Chokepoints), l.Operator,
        Num(l.Disruption?.ClosuresPerYear), Dist(l.Disruption?.ClosureDurationHours), l.Notes,
        l.CapacityMonthFactors?.Syntax ?? "", l.Disruption?.MonthWeights?.Syntax ?? "",
        Num(l.ThroughputTonnesPerYear), Num(l.ThroughputTeuPerYear), l.ThroughputYear?.ToString(CultureInfo.InvariantCulture) ?? ""];

    private static void WriteTable<T>(string folder, TableSchema schema, IEnumerable<T> rows, Func<T, string[]> fields)
    {
        // Write to a temporary file and move it into place, so an interrupted export never leaves half a table.
        var path = Path.Combine(folder, schema.File);
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var column in schema.All)
                csv.WriteField(column);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var field in fields(row))
                    csv.WriteField(field);
                csv.NextRecord();
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    internal static string Num(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Dist(Distribution? distribution) =>
        distribution is null || distribution == Distribution.Zero ? "" : distribution.Syntax;
}
