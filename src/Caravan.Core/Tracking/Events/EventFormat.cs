namespace Caravan.Core.Tracking;

/// <summary>The format an event arrived in.</summary>
public enum EventFormat
{
    /// <summary>GS1 EPCIS 2.0 JSON / JSON-LD.</summary>
    Epcis,
    /// <summary>DCSA Track &amp; Trace 2.2 events.</summary>
    Dcsa,
    /// <summary>Caravan's milestone CSV or JSON (eTIR / e-CMR records, manual entry).</summary>
    Milestone,
}
