using System.Text.Json;
using Caravan.Core.Data;

namespace Caravan.Core.Tracking;

/// <summary>
/// Reads Caravan's milestone format, CSV (columns <see cref="MilestoneRecord.Columns"/>, one event a
/// row) or JSON (an array of objects with the same names in camelCase): the shape of eTIR and e-CMR
/// records and of manual entry. Each bad row or object is refused alone with its line and column.
/// </summary>
public static class MilestoneReader
{
    private static readonly TableSchema Schema = new("milestones.csv", ["event_id", "consignment", "milestone", "time"],
        MilestoneRecord.Columns.Skip(4).ToArray());

    /// <summary>Reads milestone CSV <paramref name="text"/>.</summary>
    public static EventReadResult ReadCsv(string text, string file, InputLimits? limits = null)
    {
        var problems = new List<Problem>();
        if ((limits ?? InputLimits.Default).DocumentTooLarge(text.Length) is { } tooLarge)
            return EventReadResult.Refused(new Problem(file, 0, 0, tooLarge));
        var table = CsvTable.Read(new StringReader(text), file, Schema with { File = file }, problems, limits);
        if (problems.Count > 0)
            return new EventReadResult([], problems, Math.Max(1, table.Rows.Count));
        var lines = text.Split('\n');
        var events = new List<TrackingEvent>();
        foreach (var row in table.Rows)
        {
            string? Field(string column) => table.IndexOf(column) is >= 0 and var i && i < row.Fields.Length ? row.Fields[i] : null;
            var record = new MilestoneRecord(Field("event_id"), Field("consignment"), Field("milestone"), Field("time"), Field("locode"),
                Field("classifier"), Field("equipment"), Field("mode"), Field("document"), Field("sensor_type"), Field("sensor_value"), Field("sensor_unit"),
                Field("place"));
            var raw = row.Line - 1 < lines.Length ? lines[row.Line - 1].TrimEnd('\r') : string.Join(',', row.Fields);
            if (record.ToEvent($"line {row.Line}", raw, out var column, out var message) is { } e)
                events.Add(e);
            else
                problems.Add(new Problem(file, row.Line, table.ColumnNumber(column!), $"{column}: {message}"));
        }
        return new EventReadResult(events, problems, table.Rows.Count - events.Count);
    }

    /// <summary>Reads milestone JSON <paramref name="text"/>: an array of milestone objects, or one.</summary>
    public static EventReadResult ReadJson(string text, string file, InputLimits? limits = null)
    {
        using var input = JsonInput.Read(text, file, limits ?? InputLimits.Default, out var unreadable);
        if (input is null)
            return EventReadResult.Refused(unreadable!);
        var root = input.Document.RootElement;
        var (items, single) = root.ValueKind == JsonValueKind.Array ? (root.EnumerateArray().ToArray(), false) : (new[] { root }, true);
        var events = new List<TrackingEvent>();
        var problems = new List<Problem>();
        for (var i = 0; i < items.Length; i++)
        {
            var path = single ? "$" : $"$[{i}]";
            var o = items[i];
            if (o.ValueKind != JsonValueKind.Object)
            {
                problems.Add(input.At(path, "a milestone is a JSON object"));
                continue;
            }
            string? Field(string name) => o.Member(name) is { } v
                ? v.ValueKind switch { JsonValueKind.String => v.GetString(), JsonValueKind.Number => v.GetRawText(), _ => "\u0000" }
                : null;
            var record = new MilestoneRecord(Field("eventId"), Field("consignment"), Field("milestone"), Field("time"), Field("locode"),
                Field("classifier"), Field("equipment"), Field("mode"), Field("document"), Field("sensorType"), Field("sensorValue"), Field("sensorUnit"),
                Field("place"));
            if (record.ToEvent(path, o.GetRawText(), out var column, out var message) is { } e)
                events.Add(e);
            else
                problems.Add(input.At($"{path}.{Camel(column!)}", message!));
        }
        return new EventReadResult(events, problems, items.Length - events.Count);
    }

    private static string Camel(string snake)
    {
        var parts = snake.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
