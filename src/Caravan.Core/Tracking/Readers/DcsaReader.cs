using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Core.Tracking;

/// <summary>
/// Reads DCSA Track &amp; Trace 2.2 events: a JSON array of events (what <c>GET /v2/events</c> returns)
/// or one event. Each event is checked against the 2.2 rules that matter here — its eventType
/// (SHIPMENT, TRANSPORT, EQUIPMENT), eventClassifierCode (ACT, EST, PLN), eventDateTime, the type
/// code of its kind, a transport call's mode — and refused alone, with its path, when it breaks one.
/// </summary>
public static class DcsaReader
{
    private static readonly string[] TransportCodes = ["ARRI", "DEPA"];
    private static readonly string[] EquipmentCodes = ["LOAD", "DISC", "GTIN", "GTOT", "STUF", "STRP", "PICK", "DROP", "INSP", "RSEA", "RMVD"];
    private static readonly string[] ShipmentCodes = ["RECE", "DRFT", "PENA", "PENU", "REJE", "APPR", "ISSU", "SURR", "SUBM", "VOID", "CONF", "REQS", "CMPL", "HOLD", "RELS"];

    /// <summary>Reads <paramref name="text"/>, naming <paramref name="file"/> in problems.</summary>
    public static EventReadResult Read(string text, string file, InputLimits? limits = null)
    {
        using var input = JsonInput.Read(text, file, limits ?? InputLimits.Default, out var unreadable);
        if (input is null)
            return EventReadResult.Refused(unreadable!);
        var root = input.Document.RootElement;
        var (events, single) = root.ValueKind switch
        {
            JsonValueKind.Array => (root.EnumerateArray().ToArray(), false),
            JsonValueKind.Object => (new[] { root }, true),
            _ => (Array.Empty<JsonElement>(), true),
        };
        if (events.Length == 0 && root.ValueKind != JsonValueKind.Array)
            return EventReadResult.Refused(input.At("$", "a DCSA event is a JSON object, a list of them an array"));
        var accepted = new List<TrackingEvent>();
        var problems = new List<Problem>();
        for (var i = 0; i < events.Length; i++)
        {
            var path = single ? "$" : $"$[{i}]";
            if (Normalise(events[i], path, out var at, out var message) is { } e)
                accepted.Add(e);
            else
                problems.Add(input.At(at!, message!));
        }
        return new EventReadResult(accepted, problems, events.Length - accepted.Count);
    }

    private static TrackingEvent? Normalise(JsonElement e, string path, out string? at, out string? message)
    {
        at = path;
        message = null;
        if (e.ValueKind != JsonValueKind.Object)
        {
            message = "a DCSA event is a JSON object";
            return null;
        }
        var type = e.Text("eventType");
        if (type is not ("SHIPMENT" or "TRANSPORT" or "EQUIPMENT"))
            return Fail(path + ".eventType", $"eventType is one of SHIPMENT, TRANSPORT, EQUIPMENT, not '{EventTimeText.Shorten(type ?? "(missing)")}'", out at, out message);
        var classifier = e.Text("eventClassifierCode") switch
        {
            "ACT" => EventClassifier.Actual,
            "EST" => EventClassifier.Estimated,
            "PLN" => EventClassifier.Planned,
            var other => (EventClassifier?)null,
        };
        if (classifier is null)
            return Fail(path + ".eventClassifierCode", "eventClassifierCode is one of ACT, EST, PLN", out at, out message);
        var time = EventTimeText.Parse(e.Text("eventDateTime"), out message);
        if (time is null)
            return Fail(path + ".eventDateTime", message!, out at, out message);

        Milestone milestone;
        var call = e.Member("transportCall");
        switch (type)
        {
            case "TRANSPORT":
                var code = e.Text("transportEventTypeCode");
                if (code is null || !TransportCodes.Contains(code))
                    return Fail(path + ".transportEventTypeCode", "transportEventTypeCode is ARRI or DEPA", out at, out message);
                if (call is not { ValueKind: JsonValueKind.Object })
                    return Fail(path + ".transportCall", "a TRANSPORT event needs its transportCall", out at, out message);
                milestone = code == "ARRI" ? Milestone.Arrived : Milestone.Departed;
                break;
            case "EQUIPMENT":
                var equipment = e.Text("equipmentEventTypeCode");
                if (equipment is null || !EquipmentCodes.Contains(equipment))
                    return Fail(path + ".equipmentEventTypeCode", $"equipmentEventTypeCode is one of {string.Join(", ", EquipmentCodes)}", out at, out message);
                if (e.Text("equipmentReference") is { } container && ContainerNumber.Problem(container) is { } wrong)
                    return Fail(path + ".equipmentReference", wrong, out at, out message);
                milestone = equipment switch
                {
                    "LOAD" => Milestone.Loaded,
                    "DISC" => Milestone.Discharged,
                    "GTIN" => Milestone.GateIn,
                    "GTOT" => Milestone.GateOut,
                    _ => Milestone.Observed,
                };
                break;
            default:
                var shipment = e.Text("shipmentEventTypeCode") ?? e.Text("eventSubtype");
                if (shipment is null || !ShipmentCodes.Contains(shipment))
                    return Fail(path + ".shipmentEventTypeCode", $"shipmentEventTypeCode is one of {string.Join(", ", ShipmentCodes)}", out at, out message);
                milestone = Milestone.Observed;
                break;
        }
        Mode? mode = null;
        if (call is { } c && c.Member("modeOfTransport") is { } modeValue)
        {
            mode = modeValue.ValueKind == JsonValueKind.String ? modeValue.GetString() switch
            {
                "VESSEL" => Network.Mode.Sea,
                "RAIL" => Network.Mode.Rail,
                "TRUCK" => Network.Mode.Road,
                "BARGE" => Network.Mode.InlandWater,
                _ => null,
            } : null;
            if (mode is null)
                return Fail(path + ".transportCall.modeOfTransport", "modeOfTransport is one of VESSEL, RAIL, TRUCK, BARGE", out at, out message);
        }
        var place = call?.Member("location") ?? e.Member("eventLocation");
        var locodeText = call?.Text("UNLocationCode") ?? place?.Text("UNLocationCode");
        var locode = Locode.From(locodeText);
        if (locodeText is not null && locode is null)
            return Fail(path + (call?.Text("UNLocationCode") is not null ? ".transportCall.UNLocationCode" : ".transportCall.location.UNLocationCode"),
                $"'{EventTimeText.Shorten(locodeText)}' is not a UN/LOCODE (two letters of country, three of place)", out at, out message);
        (double, double)? coordinates = place is { } p && p.Number("latitude") is { } lat && p.Number("longitude") is { } lon
            && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180 ? (lat, lon) : null;
        var raw = e.GetRawText();
        at = null;
        return new TrackingEvent
        {
            EventId = e.Text("eventID") ?? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw))),
            Format = EventFormat.Dcsa,
            Source = path,
            Time = time.Value,
            Classifier = classifier.Value,
            Milestone = milestone,
            References = ReferencesOf(e),
            EquipmentId = e.Text("equipmentReference"),
            Locode = locode,
            Location = locode is null ? call?.Text("facilityCode") ?? place?.Text("locationName") : null,
            Coordinates = coordinates,
            Mode = mode,
            Raw = raw,
        };
    }

    private static string[] ReferencesOf(JsonElement e)
    {
        var references = new List<string>();
        references.AddRange(e.Items("documentReferences").Select(r => r.Text("documentReferenceValue")).OfType<string>());
        references.AddRange(e.Items("references").Select(r => r.Text("referenceValue")).OfType<string>());
        foreach (var name in new[] { "documentID", "equipmentReference", "carrierBookingReference", "transportDocumentReference" })
        {
            if (e.Text(name) is { } value)
                references.Add(value);
        }
        return references.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static TrackingEvent? Fail(string path, string text, out string? at, out string? message)
    {
        at = path;
        message = text;
        return null;
    }
}
