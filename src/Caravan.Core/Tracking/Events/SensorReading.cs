namespace Caravan.Core.Tracking;

/// <summary>One sensor value carried by an event (an EPCIS sensorReport, a milestone's reading).</summary>
/// <param name="Type">What was measured, as given (<c>Temperature</c>, <c>gs1:MT-Temperature</c>, <c>DoseRate</c>).</param>
/// <param name="Value">The value in <paramref name="Unit"/>.</param>
/// <param name="Unit">UN/CEFACT unit code as given (<c>CEL</c>), or null.</param>
public sealed record SensorReading(string Type, double Value, string? Unit)
{
    /// <summary>The type without a vocabulary prefix, lower case: <c>gs1:MT-Temperature</c> → <c>temperature</c>.</summary>
    public string Kind
    {
        get
        {
            var t = Type;
            var cut = Math.Max(t.LastIndexOf(':'), Math.Max(t.LastIndexOf('/'), t.LastIndexOf('#')));
            t = t[(cut + 1)..];
            if (t.StartsWith("MT-", StringComparison.Ordinal))
                t = t[3..];
            return t.ToLowerInvariant();
        }
    }
}
