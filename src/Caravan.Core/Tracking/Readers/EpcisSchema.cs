using System.Text.Json;
using Json.Schema;

namespace Caravan.Core.Tracking;

/// <summary>
/// GS1's EPCIS 2.0 JSON Schema (draft-07), shipped inside the assembly as published
/// (github.com/gs1/EPCIS, EPCIS-JSON-Schema.json; see docs/tracking.md), and the check of a document against it.
/// </summary>
internal static class EpcisSchema
{
    private const string SchemaId = "https://gs1.github.io/EPCIS/EPCIS-JSON-Schema.json";

    // The document schema, and the rules of one event inside a document's eventList (the schema's own
    // definition): built once into a private registry, so nothing is fetched and nothing global changes.
    private static readonly Lazy<(JsonSchema Document, JsonSchema Event)> Schemas = new(() =>
    {
        using var stream = typeof(EpcisSchema).Assembly.GetManifestResourceStream("Caravan.Tracking.EPCIS-JSON-Schema.json")
            ?? throw new InvalidOperationException("the EPCIS JSON Schema is missing from the assembly");
        using var reader = new StreamReader(stream);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var document = JsonSchema.FromText(reader.ReadToEnd(), options);
        var embedded = JsonSchema.FromText(
            $$"""{"$schema": "http://json-schema.org/draft-07/schema#", "$ref": "{{SchemaId}}#/definitions/EPCIS-Document-Event"}""", options,
            new Uri("https://caravan.invalid/epcis-document-event.json"));
        return (document, embedded);
    });

    /// <summary>True when <paramref name="document"/> conforms.</summary>
    public static bool Conforms(JsonElement document) =>
        Schemas.Value.Document.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    /// <summary>
    /// The failed checks of a value that does not conform, as (JSON path relative to it, message), most
    /// telling first; empty when it conforms. The schema picks an event's rules with if/then by its
    /// type and offers alternatives with anyOf (<paramref name="inDocument"/>: an event of a document's
    /// eventList, checked by the rules for one), so failures inside an <c>if</c> (a type it is not) are
    /// dropped, and failures outside any alternative come before those inside one.
    /// </summary>
    public static IReadOnlyList<(string Path, string Message)> Check(JsonElement value, bool inDocument = false)
    {
        var schema = inDocument ? Schemas.Value.Event : Schemas.Value.Document;
        var results = schema.Evaluate(value, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];
        var failures = new List<(string Path, string Message, int Rank)>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.IsValid || detail.Errors is null)
                continue;
            var schemaPath = detail.EvaluationPath.ToString();
            if (schemaPath.Contains("/if/", StringComparison.Ordinal) || schemaPath.EndsWith("/if", StringComparison.Ordinal))
                continue;
            var rank = (schemaPath.Contains("anyOf", StringComparison.Ordinal) ? 2 : 0) + (schemaPath.Contains("oneOf", StringComparison.Ordinal) ? 1 : 0);
            var path = PathOf(detail.InstanceLocation.ToString());
            foreach (var (keyword, message) in detail.Errors)
                failures.Add((path, $"{message} (EPCIS JSON Schema, '{keyword}')", rank));
        }
        if (failures.Count == 0)
            failures.Add(("$", "does not conform to the EPCIS 2.0 JSON Schema", 0));
        return failures.OrderBy(f => f.Rank).ThenByDescending(f => f.Path.Length).Select(f => (f.Path, f.Message)).ToArray();
    }

    /// <summary>A JSON Pointer (<c>/epcisBody/eventList/3</c>) as a path (<c>$.epcisBody.eventList[3]</c>).</summary>
    internal static string PathOf(string pointer)
    {
        var path = new System.Text.StringBuilder("$");
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (segment.All(char.IsAsciiDigit))
                path.Append('[').Append(segment).Append(']');
            else
                path.Append('.').Append(segment);
        }
        return path.ToString();
    }
}
