using System.Globalization;
using Caravan.Core.Network;

namespace Caravan.Core.Tracking;

/// <summary>
/// One milestone as Caravan's simple format carries it (a CSV row or a JSON object): an eTIR or
/// e-CMR record, or an entry typed by hand. Fields are text, checked by <see cref="ToEvent"/>. A place
/// without a UN/LOCODE (a mine, a rail junction) goes in <c>place</c>: a Caravan node id or an alias.
/// </summary>
internal sealed record MilestoneRecord(string? EventId, string? Consignment, string? Milestone, string? Time, string? Locode, string? Classifier,
    string? Equipment, string? Mode, string? Document, string? SensorType, string? SensorValue, string? SensorUnit, string? Place = null)
{
    /// <summary>Column names of the CSV form; the JSON form uses the same names in camelCase.</summary>
    public static readonly string[] Columns =
        ["event_id", "consignment", "milestone", "time", "locode", "classifier", "equipment", "mode", "document", "sensor_type", "sensor_value", "sensor_unit", "place"];

    /// <summary>Checks the fields and builds the event; null with the column at fault and why.</summary>
    public TrackingEvent? ToEvent(string source, string raw, out string? column, out string? message)
    {
        (column, message) = Check();
        if (column is not null)
            return null;
        var milestone = SnakeCase.TryParse<Milestone>(Milestone!, out var parsed) ? parsed : Tracking.Milestone.Observed;
        var references = new[] { Consignment, Document, Equipment }
            .Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim()).Distinct(StringComparer.Ordinal).ToArray();
        return new TrackingEvent
        {
            EventId = EventId!.Trim(),
            Format = EventFormat.Milestone,
            Source = source,
            Time = EventTimeText.Parse(Time, out _)!.Value,
            Classifier = ClassifierOf(Classifier)!.Value,
            Milestone = milestone,
            References = references,
            EquipmentId = Blank(Equipment) ? null : Equipment!.Trim(),
            Locode = Tracking.Locode.From(Locode),
            Location = Blank(Place) ? null : Place!.Trim(),
            Mode = Blank(Mode) ? null : SnakeCase.TryParse<Mode>(Mode!, out var mode) ? mode : null,
            Sensors = Blank(SensorType) ? [] : [new SensorReading(SensorType!.Trim(), Number(SensorValue)!.Value, Blank(SensorUnit) ? null : SensorUnit!.Trim())],
            Raw = raw,
        };
    }

    private (string? Column, string? Message) Check()
    {
        if (Blank(EventId))
            return ("event_id", "an event id is required (duplicates are found by it)");
        if (Blank(Consignment))
            return ("consignment", "the consignment the milestone is about is required");
        if (Blank(Milestone) || !SnakeCase.TryParse<Milestone>(Milestone!, out _))
            return ("milestone", $"milestone is one of {string.Join(", ", SnakeCase.Names<Milestone>())}");
        if (EventTimeText.Parse(Time, out var timeError) is null)
            return ("time", timeError);
        if (ClassifierOf(Classifier) is null)
            return ("classifier", "classifier is actual, estimated or planned (or ACT, EST, PLN)");
        if (!Blank(Locode) && Tracking.Locode.From(Locode) is null)
            return ("locode", $"'{EventTimeText.Shorten(Locode!)}' is not a UN/LOCODE (two letters of country, three of place)");
        if (!Blank(Equipment) && ContainerNumber.LooksLikeOne(Equipment!.Trim()) && ContainerNumber.Problem(Equipment.Trim()) is { } wrong)
            return ("equipment", wrong);
        if (!Blank(Mode) && !SnakeCase.TryParse<Mode>(Mode!, out _))
            return ("mode", $"mode is one of {string.Join(", ", SnakeCase.Names<Mode>())}");
        if (!Blank(SensorType) && Number(SensorValue) is null)
            return ("sensor_value", "a sensor reading needs a finite number in sensor_value");
        if (Blank(SensorType) && !Blank(SensorValue))
            return ("sensor_type", "a sensor value needs its sensor_type");
        return (null, null);
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    private static EventClassifier? ClassifierOf(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "actual" or "act" => EventClassifier.Actual,
        "estimated" or "est" => EventClassifier.Estimated,
        "planned" or "pln" => EventClassifier.Planned,
        _ => null,
    };
}
