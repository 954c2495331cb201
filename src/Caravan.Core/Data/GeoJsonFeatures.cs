using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Caravan.Core.Scenarios;

namespace Caravan.Core.Data;

/// <summary>
/// Reads the features of a GeoJSON network and checks each against the table it becomes: a node is
/// a Point whose properties are columns of nodes.csv, a link a LineString whose properties are
/// columns of links.csv. A misspelled property is a problem (as an unknown CSV column is), never a
/// silently dropped value, and every problem is located at its line and column in the GeoJSON text.
/// </summary>
internal sealed class GeoJsonFeatures
{
    private const string KindProperty = "feature";
    private readonly string _file;
    private readonly JsonPositions _positions;
    private readonly List<Problem> _problems = [];

    private GeoJsonFeatures(string file, JsonPositions positions)
    {
        _file = file;
        _positions = positions;
    }

    /// <summary>Node and link features as property objects (a node's position taken from its Point), or the problems.</summary>
    public static (List<JsonObject> Nodes, List<JsonObject> Links, List<Problem> Problems) Read(string geoJson, string file, InputLimits limits)
    {
        if (limits.DocumentTooLarge(geoJson.Length) is { } tooLarge)
            return ([], [], [new Problem(file, 0, 0, tooLarge)]);
        var utf8 = Encoding.UTF8.GetBytes(geoJson);
        JsonNode? root;
        JsonPositions positions;
        try
        {
            positions = JsonPositions.Read(utf8, limits);
            root = JsonNode.Parse(utf8, documentOptions: limits.JsonDocumentOptions);
        }
        catch (JsonException e)
        {
            return ([], [], [new Problem(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, $"not valid JSON: {e.Message.Split(". ")[0].TrimEnd('.')}")]);
        }
        catch (InputException e)
        {
            return ([], [], [new Problem(file, e.Line, e.Column, e.Message)]);
        }
        if (root is not JsonObject collection || Text(collection["type"]) != "FeatureCollection" || collection["features"] is not JsonArray features)
            return ([], [], [new Problem(file, 1, 1, "expected a GeoJSON FeatureCollection with a 'features' array")]);
        var reader = new GeoJsonFeatures(file, positions);
        if (features.Count > limits.MaxRows)
            return ([], [], [reader.At("$.features", $"the network has more than {limits.MaxRows:N0} features")]);
        var nodes = new List<JsonObject>();
        var links = new List<JsonObject>();
        for (var i = 0; i < features.Count; i++)
        {
            var path = $"$.features[{i}]";
            if (reader.Feature(features[i], path) is not { } feature)
                continue;
            (feature.Kind == "node" ? nodes : links).Add(feature.Properties);
        }
        return (nodes, links, reader._problems);
    }

    private (string Kind, JsonObject Properties)? Feature(JsonNode? node, string path)
    {
        if (node is not JsonObject feature || Text(feature["type"]) != "Feature" || feature["properties"] is not JsonObject properties)
        {
            _problems.Add(At(path, "a feature is {\"type\": \"Feature\", \"geometry\": ..., \"properties\": {...}}"));
            return null;
        }
        var geometry = feature["geometry"] as JsonObject;
        var geometryType = Text(geometry?["type"]);
        var kind = properties[KindProperty] is { } given ? Text(given) : geometryType == "Point" ? "node" : "link";
        if (kind is not ("node" or "link"))
        {
            _problems.Add(At($"{path}.properties.{KindProperty}", "'feature' is \"node\" or \"link\""));
            return null;
        }
        var before = _problems.Count;
        var schema = kind == "node" ? TableSchema.Nodes : TableSchema.Links;
        var allowed = schema.All.Append(KindProperty).ToArray();
        foreach (var (name, value) in properties)
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
                _problems.Add(At($"{path}.properties.{name}", $"unknown property '{name}' of a {kind}{Suggestions.DidYouMean(name, allowed)}; a {kind} has the columns of {schema.File}"));
            else if (value is JsonObject or JsonArray)
                _problems.Add(At($"{path}.properties.{name}", $"'{name}' must be text, a number, true or false"));
        }
        var copy = properties.DeepClone().AsObject();
        if (kind == "node")
            Point(feature["geometry"], geometryType, path, copy);
        else if (geometryType is not ("LineString" or "MultiLineString"))
            _problems.Add(At($"{path}.geometry", $"a link's geometry is a LineString; got {Describe(feature["geometry"])}"));
        return _problems.Count > before ? null : (kind, copy);
    }

    // The point's position wins over the lat/lon properties: that is what a GIS user moves.
    private void Point(JsonNode? geometry, string? geometryType, string path, JsonObject properties)
    {
        if (geometryType != "Point")
        {
            _problems.Add(At($"{path}.geometry", $"a node's geometry is a Point; got {Describe(geometry)}"));
            return;
        }
        if (geometry!["coordinates"] is not JsonArray { Count: 2 or 3 } position
            || position[0] is not JsonValue lon || !lon.TryGetValue<double>(out _)
            || position[1] is not JsonValue lat || !lat.TryGetValue<double>(out _))
        {
            _problems.Add(At($"{path}.geometry.coordinates", "a Point's coordinates are [longitude, latitude]"));
            return;
        }
        properties["lon"] = lon.DeepClone();
        properties["lat"] = lat.DeepClone();
    }

    private Problem At(string path, string message)
    {
        var (line, column) = _positions.At(path);
        return new Problem(_file, line, column, message);
    }

    private static string Describe(JsonNode? geometry) => geometry switch
    {
        null => "null",
        JsonObject o when Text(o["type"]) is { } type => $"a {type}",
        _ => "no geometry object",
    };

    private static string? Text(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
