using System.Text.Json;
using Caravan.Core.Data;
using Caravan.Core.Tracking;
using Caravan.Questions.Contracts;

namespace Caravan.Questions.Tracking;

/// <summary>
/// The JSON of tracking's stored records and of a consignments file: events and consignments as the
/// contracts write them (camelCase, closed sets in snake case), so what is stored reads back unchanged.
/// </summary>
public static class TrackingJson
{
    private static readonly JsonSerializerOptions Options = ContractJson.Configure(new JsonSerializerOptions { IncludeFields = true });

    // A user's file: nested no deeper than every reader allows.
    private static readonly JsonSerializerOptions FileOptions = new(Options) { MaxDepth = InputLimits.Default.MaxDepth };

    /// <summary>An event as stored.</summary>
    public static string Write(TrackingEvent e) => JsonSerializer.Serialize(e, Options);

    /// <summary>A stored event.</summary>
    public static TrackingEvent ReadEvent(string json) => JsonSerializer.Deserialize<TrackingEvent>(json, Options)
        ?? throw new InvalidDataException("a stored event is null");

    /// <summary>A consignment as stored.</summary>
    public static string Write(Consignment c) => JsonSerializer.Serialize(c, Options);

    /// <summary>A stored consignment.</summary>
    public static Consignment ReadConsignment(string json) => JsonSerializer.Deserialize<Consignment>(json, Options)
        ?? throw new InvalidDataException("a stored consignment is null");

    /// <summary>
    /// A consignments file: a JSON array of consignments (<c>id, commodity, route, departure, promise</c>,
    /// optional <c>scenario, references, sensorLimits</c>). Null with located problems when it does not read.
    /// </summary>
    public static IReadOnlyList<Consignment>? ReadConsignments(string text, string file, out IReadOnlyList<Problem> problems)
    {
        var limits = InputLimits.Default;
        problems = [];
        if (limits.DocumentTooLarge(text.Length) is { } tooLarge)
        {
            problems = [new Problem(file, 0, 0, tooLarge)];
            return null;
        }
        try
        {
            var list = JsonSerializer.Deserialize<Consignment[]>(text, FileOptions);
            if (list is null || list.Any(c => c is null))
            {
                problems = [new Problem(file, 1, 1, "a consignments file is a JSON array of consignments")];
                return null;
            }
            return list;
        }
        catch (JsonException e)
        {
            var message = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
            problems = [new Problem(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, $"{e.Path ?? "$"}: {message}")];
            return null;
        }
    }
}
