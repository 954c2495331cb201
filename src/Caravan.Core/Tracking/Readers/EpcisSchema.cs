using System.Text.Json;
using Json.Schema;

namespace Caravan.Core.Tracking;

/// <summary>
/// GS1's EPCIS 2.0 JSON Schema (draft-07), shipped inside the assembly as published
/// (github.com/gs1/EPCIS, EPCIS-JSON-Schema.json; see docs/tracking.md), and the check of a document against it.
/// </summary>
internal static class EpcisSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(EpcisSchema).Assembly.GetManifestResourceStream("Caravan.Tracking.EPCIS-JSON-Schema.json")
            ?? throw new InvalidOperationException("the EPCIS JSON Schema is missing from the assembly");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    });

    /// <summary>Every failed check, as (JSON path of the value at fault, message), deepest first; empty when the document conforms.</summary>
    public static IReadOnlyList<(string Path, string Message)> Check(JsonElement document)
    {
        var results = Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];
        var failures = new List<(string Path, string Message)>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.IsValid || detail.Errors is null)
                continue;
            var path = PathOf(detail.InstanceLocation.ToString());
            foreach (var (keyword, message) in detail.Errors)
                failures.Add((path, $"{message} (EPCIS JSON Schema, '{keyword}')"));
        }
        if (failures.Count == 0)
            failures.Add(("$", "does not conform to the EPCIS 2.0 JSON Schema"));
        return failures.OrderByDescending(f => f.Path.Length).ToArray();
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
