using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;

namespace Caravan.Core.Data;

/// <summary>
/// The network as RFC 7946 GeoJSON: nodes as Points, links as LineStrings, each feature carrying
/// the columns of its table as properties, so a GIS user can edit the network and bring it back.
/// </summary>
public static class GeoJsonNetwork
{
    private static readonly HashSet<string> NumericColumns =
    [
        "lat", "lon", "handling_cost_usd_per_t", "capacity_t_per_day", "capacity_teu_per_day", "capacity_wagons_per_day", "servers", "closures_per_year",
        "distance_km", "cost_usd_per_t", "departures_per_week", "co2_g_per_tkm", "fees_usd_per_t",
        "throughput_t_per_year", "throughput_teu_per_year", "throughput_year",
    ];

    private static readonly HashSet<string> BooleanColumns = ["gauge_change", "two_way"];

    /// <summary>The network of <paramref name="dataset"/> as a GeoJSON FeatureCollection.</summary>
    public static string Export(Dataset dataset)
    {
        var features = new JsonArray();
        foreach (var node in dataset.Nodes)
            features.Add(Feature("node", Point(node.Lon, node.Lat), TableSchema.Nodes, DatasetWriter.NodeRow(node)));
        foreach (var link in dataset.Links)
        {
            var from = dataset.FindNode(link.From)!;
            var to = dataset.FindNode(link.To)!;
            var line = new JsonObject
            {
                ["type"] = "LineString",
                ["coordinates"] = new JsonArray(Position(from.Lon, from.Lat), Position(to.Lon, to.Lat)),
            };
            features.Add(Feature("link", line, TableSchema.Links, DatasetWriter.LinkRow(link)));
        }
        var collection = new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
        return collection.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>
    /// Reads a GeoJSON network and combines it with the other tables of <paramref name="rest"/>. The
    /// features are checked first (geometry, property names: problems at GeoJSON lines and columns),
    /// then the result is validated like any dataset; those problems name the GeoJSON file and the
    /// feature's row in the node or link table (line 2 is the first node or link feature).
    /// </summary>
    public static LoadResult Import(string geoJson, string geoJsonName, IDatasetSource rest, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(geoJson);
        var (nodeFeatures, linkFeatures, problems) = GeoJsonFeatures.Read(geoJson, geoJsonName, limits ?? InputLimits.Default);
        if (problems.Count > 0)
            return new LoadResult(null, problems);

        var nodes = new StringWriter(CultureInfo.InvariantCulture);
        var links = new StringWriter(CultureInfo.InvariantCulture);
        using (var nodeCsv = Start(nodes, TableSchema.Nodes))
        {
            foreach (var properties in nodeFeatures)
                Row(nodeCsv, TableSchema.Nodes, properties);
        }
        using (var linkCsv = Start(links, TableSchema.Links))
        {
            foreach (var properties in linkFeatures)
                Row(linkCsv, TableSchema.Links, properties);
        }
        var source = new OverlaySource(rest, geoJsonName, new Dictionary<string, string>
        {
            ["nodes.csv"] = nodes.ToString(),
            ["links.csv"] = links.ToString(),
        });
        return DatasetReader.Load(source);
    }

    private static CsvWriter Start(TextWriter writer, TableSchema schema)
    {
        var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in schema.All)
            csv.WriteField(column);
        csv.NextRecord();
        return csv;
    }

    private static void Row(CsvWriter csv, TableSchema schema, JsonObject properties)
    {
        foreach (var column in schema.All)
            csv.WriteField(Text(properties[column]));
        csv.NextRecord();
    }

    private static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v when v.TryGetValue<double>(out var d) => d.ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToJsonString(),
    };

    private static JsonObject Feature(string kind, JsonObject geometry, TableSchema schema, string[] row)
    {
        var properties = new JsonObject { ["feature"] = kind };
        var columns = schema.All.ToArray();
        for (var i = 0; i < columns.Length; i++)
            properties[columns[i]] = Value(columns[i], row[i]);
        return new JsonObject { ["type"] = "Feature", ["geometry"] = geometry, ["properties"] = properties };
    }

    private static JsonNode? Value(string column, string text)
    {
        if (text.Length == 0)
            return null;
        if (NumericColumns.Contains(column) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return JsonValue.Create(number);
        if (BooleanColumns.Contains(column) && bool.TryParse(text, out var flag))
            return JsonValue.Create(flag);
        return JsonValue.Create(text);
    }

    private static JsonObject Point(double lon, double lat) =>
        new() { ["type"] = "Point", ["coordinates"] = Position(lon, lat) };

    private static JsonArray Position(double lon, double lat) => new(JsonValue.Create(lon), JsonValue.Create(lat));

    /// <summary>Serves generated tables in place of some files of another source.</summary>
    private sealed class OverlaySource(IDatasetSource rest, string geoJsonName, Dictionary<string, string> files) : IDatasetSource
    {
        public string Name => rest.Name;

        public string Describe(string file) => files.ContainsKey(file) ? $"{geoJsonName}[{file}]" : rest.Describe(file);

        public TextReader? Open(string file) => files.TryGetValue(file, out var text) ? new StringReader(text) : rest.Open(file);

        public IEnumerable<string> List(string folder) => rest.List(folder);
    }
}
