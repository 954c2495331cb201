using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Caravan.Core.Data;

namespace Caravan.Core.Tracking;

/// <summary>
/// Reads GS1 EPCIS 2.0 JSON / JSON-LD: an EPCISDocument (events in <c>epcisBody.eventList</c>), an
/// EPCISQueryDocument or a single event. The document is first checked against GS1's EPCIS JSON Schema;
/// a failure inside one event refuses that event only, anywhere else the whole document. Each
/// remaining event is normalised: business step to <see cref="Milestone"/>, readPoint / bizLocation to
/// a UN/LOCODE or an alias, EPCs and business transactions to references, sensor reports to readings.
/// </summary>
public static class EpcisReader
{
    private static readonly string[] EventTypes = ["ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent"];

    /// <summary>Reads <paramref name="text"/>, naming <paramref name="file"/> in problems.</summary>
    public static EventReadResult Read(string text, string file, InputLimits? limits = null)
    {
        using var input = JsonInput.Read(text, file, limits ?? InputLimits.Default, out var unreadable);
        if (input is null)
            return EventReadResult.Refused(unreadable!);
        var root = input.Document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            return EventReadResult.Refused(input.At("$", "an EPCIS document or event is a JSON object"));

        var (events, listPath) = EventsOf(root);
        // The whole document is checked once; only when it fails is each event checked alone, so a
        // bad event is refused by itself and a fault outside the events refuses the document.
        var refusedEvents = new Dictionary<int, (string Path, string Message)>();
        if (!EpcisSchema.Conforms(root))
        {
            for (var i = 0; i < events.Count && listPath is not null; i++)
            {
                if (EpcisSchema.Check(events[i], inDocument: true) is [var first, ..])
                    refusedEvents[i] = ($"{listPath}[{i}]{first.Path[1..]}", first.Message);
            }
            if (refusedEvents.Count == 0)
            {
                var failure = EpcisSchema.Check(root).FirstOrDefault(f => listPath is null || !f.Path.StartsWith(listPath, StringComparison.Ordinal));
                failure = failure.Path is null ? EpcisSchema.Check(root)[0] : failure;
                return EventReadResult.Refused(input.At(failure.Path, failure.Message));
            }
        }

        var accepted = new List<TrackingEvent>();
        var problems = new List<Problem>();
        for (var i = 0; i < events.Count; i++)
        {
            var path = listPath is null ? "$" : $"{listPath}[{i}]";
            if (refusedEvents.TryGetValue(i, out var failure))
            {
                problems.Add(input.At(failure.Path, failure.Message));
                continue;
            }
            if (Normalise(events[i], path, out var problemPath, out var message) is { } normalised)
                accepted.Add(normalised);
            else
                problems.Add(input.At(problemPath!, message!));
        }
        return new EventReadResult(accepted, problems, events.Count - accepted.Count);
    }

    /// <summary>The events of the document and the path of their list; a single event is its own list of one (path null).</summary>
    private static (IReadOnlyList<JsonElement> Events, string? ListPath) EventsOf(JsonElement root)
    {
        var type = root.Text("type");
        if (type is not null && EventTypes.Contains(type))
            return ([root], null);
        var body = root.Member("epcisBody");
        if (body is { } b && b.Member("eventList") is { ValueKind: JsonValueKind.Array } list)
            return (list.EnumerateArray().ToArray(), "$.epcisBody.eventList");
        if (body is { } q && q.Member("queryResults") is { } results && results.Member("resultsBody") is { } rb
            && rb.Member("eventList") is { ValueKind: JsonValueKind.Array } queried)
            return (queried.EnumerateArray().ToArray(), "$.epcisBody.queryResults.resultsBody.eventList");
        return ([], "$.epcisBody.eventList");
    }

    private static TrackingEvent? Normalise(JsonElement e, string path, out string? problemPath, out string? message)
    {
        problemPath = null;
        var time = EventTimeText.Parse(e.Text("eventTime"), out message);
        if (time is null)
        {
            problemPath = path + ".eventTime";
            return null;
        }
        var offsetText = e.Text("eventTimeZoneOffset");
        var offset = EventTimeText.ParseOffset(offsetText, out message);
        if (offset is null)
        {
            problemPath = path + ".eventTimeZoneOffset";
            return null;
        }
        var raw = e.GetRawText();
        var type = e.Text("type") ?? "";
        var location = e.Member("bizLocation")?.Text("id") ?? e.Member("readPoint")?.Text("id");
        var errorDeclaration = e.Member("errorDeclaration") is not null;
        return new TrackingEvent
        {
            EventId = e.Text("eventID") ?? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw))),
            Format = EventFormat.Epcis,
            Source = path,
            Time = time.Value.ToOffset(offset.Value),
            Classifier = EventClassifier.Actual,
            Milestone = type == "TransformationEvent" ? Milestone.Transformed : MilestoneOf(e.Text("bizStep")),
            References = ReferencesOf(e),
            Locode = Locode.From(location),
            Location = Locode.From(location) is null ? location : null,
            Sensors = SensorsOf(e),
            Retraction = errorDeclaration,
            Raw = raw,
        };
    }

    /// <summary>CBV business steps, bare (<c>shipping</c>) or as URIs (<c>urn:epcglobal:cbv:bizstep:shipping</c>, <c>https://ref.gs1.org/cbv/BizStep-shipping</c>).</summary>
    internal static Milestone MilestoneOf(string? bizStep)
    {
        if (bizStep is null)
            return Milestone.Observed;
        var cut = Math.Max(bizStep.LastIndexOf(':'), Math.Max(bizStep.LastIndexOf('/'), bizStep.LastIndexOf('-')));
        return bizStep[(cut + 1)..].ToLowerInvariant() switch
        {
            "shipping" or "departing" => Milestone.Departed,
            "receiving" or "arriving" or "accepting" => Milestone.Arrived,
            "loading" => Milestone.Loaded,
            "unloading" => Milestone.Discharged,
            "transforming" or "commissioning" => Milestone.Transformed,
            "clearing" or "customs_clearing" => Milestone.CustomsCleared,
            "retail_selling" or "dispensing" or "installing" => Milestone.Delivered,
            _ => Milestone.Observed,
        };
    }

    private static string[] ReferencesOf(JsonElement e)
    {
        var references = new List<string>();
        foreach (var list in new[] { "epcList", "childEPCs", "inputEPCList", "outputEPCList" })
            references.AddRange(e.Items(list).Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!));
        foreach (var list in new[] { "quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList" })
            references.AddRange(e.Items(list).Select(x => x.Text("epcClass")).OfType<string>());
        if (e.Text("parentID") is { } parent)
            references.Add(parent);
        references.AddRange(e.Items("bizTransactionList").Select(x => x.Text("bizTransaction")).OfType<string>());
        return references.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static SensorReading[] SensorsOf(JsonElement e) =>
        e.Items("sensorElementList")
            .SelectMany(element => element.Items("sensorReport"))
            .Where(r => r.Text("type") is not null && r.Number("value") is not null)
            .Select(r => new SensorReading(r.Text("type")!, r.Number("value")!.Value, r.Text("uom")))
            .ToArray();
}
