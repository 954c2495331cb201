namespace Caravan.Core.Tracking;

/// <summary>A sensor's allowed range on a consignment (a dose rate for U3O8, a temperature), in the unit events report it.</summary>
/// <param name="Kind">Sensor kind as <see cref="SensorReading.Kind"/> gives it (<c>temperature</c>).</param>
/// <param name="Min">Lowest allowed value, or null.</param>
/// <param name="Max">Highest allowed value, or null.</param>
public sealed record SensorLimit(string Kind, double? Min, double? Max);

/// <summary>
/// A shipment tracked against its plan: the route it should take (node ids, from <c>caravan route</c>
/// or the flow plan), when it left, when it was promised, and the scenario in force. Events name it by
/// its id or any of its <see cref="References"/> (container numbers, EPCs, booking references, eTIR/e-CMR numbers).
/// </summary>
public sealed record Consignment
{
    /// <summary>The consignment's id.</summary>
    public required string Id { get; init; }

    /// <summary>Commodity id in the dataset (<c>gallium</c>, <c>u3o8</c>).</summary>
    public required string Commodity { get; init; }

    /// <summary>Planned route as node ids, origin first.</summary>
    public required IReadOnlyList<string> Route { get; init; }

    /// <summary>Planned departure from the origin.</summary>
    public required DateTimeOffset Departure { get; init; }

    /// <summary>Promised arrival at the destination.</summary>
    public required DateTimeOffset Promise { get; init; }

    /// <summary>Scenario in force (a catalog name), "baseline" when none.</summary>
    public string Scenario { get; init; } = "baseline";

    /// <summary>Other identifiers events may use for it.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Sensor ranges that raise an alert when a reading falls outside.</summary>
    public IReadOnlyList<SensorLimit> SensorLimits { get; init; } = [];

    /// <summary>True when <paramref name="e"/> is about this consignment.</summary>
    public bool Claims(TrackingEvent e) =>
        e.References.Any(r => r == Id || References.Contains(r)) || (e.EquipmentId is { } eq && (eq == Id || References.Contains(eq)));
}
