using Caravan.Core.Network;

namespace Caravan.Core.Tracking;

/// <summary>
/// One event, normalised from whichever format it came in; <see cref="Raw"/> keeps what was sent.
/// Times keep their offset: <see cref="Time"/>.UtcDateTime is the instant, its offset the local one.
/// </summary>
public sealed record TrackingEvent
{
    /// <summary>The event's own id (EPCIS eventID, DCSA eventID, the milestone's id): duplicates are found by it.</summary>
    public required string EventId { get; init; }

    /// <summary>The format it came in.</summary>
    public required EventFormat Format { get; init; }

    /// <summary>Where it sits in its document (<c>$.epcisBody.eventList[3]</c>, <c>line 4</c>).</summary>
    public required string Source { get; init; }

    /// <summary>When it happened (or is expected), with the local offset it was given with.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>Actual, estimated or planned.</summary>
    public required EventClassifier Classifier { get; init; }

    /// <summary>What happened.</summary>
    public required Milestone Milestone { get; init; }

    /// <summary>
    /// The identifiers this event is about (consignment ids, EPCs, booking and document references,
    /// container numbers): a consignment claims the event when one of them is among its references.
    /// </summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Container or wagon number, when the event names one.</summary>
    public string? EquipmentId { get; init; }

    /// <summary>The UN/LOCODE given, when one was.</summary>
    public string? Locode { get; init; }

    /// <summary>The location as given when it is not a UN/LOCODE (an SGLN, a facility), for the alias table.</summary>
    public string? Location { get; init; }

    /// <summary>Coordinates given with the location, degrees, when any.</summary>
    public (double Lat, double Lon)? Coordinates { get; init; }

    /// <summary>The network node the event was matched to (by LOCODE, alias, then nearest node); null when off the network.</summary>
    public string? Node { get; init; }

    /// <summary>Mode of transport, when the event says.</summary>
    public Mode? Mode { get; init; }

    /// <summary>Sensor readings carried by the event.</summary>
    public IReadOnlyList<SensorReading> Sensors { get; init; } = [];

    /// <summary>True for an EPCIS error declaration: it retracts the earlier event with the same id.</summary>
    public bool Retraction { get; init; }

    /// <summary>The event as sent (its JSON object or CSV line).</summary>
    public required string Raw { get; init; }
}
