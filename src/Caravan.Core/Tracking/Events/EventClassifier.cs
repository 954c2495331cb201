namespace Caravan.Core.Tracking;

/// <summary>Whether an event happened, is expected or was planned (DCSA's ACT, EST, PLN; EPCIS events are observations, so actual).</summary>
public enum EventClassifier
{
    /// <summary>It happened (ACT).</summary>
    Actual,
    /// <summary>Someone expects it (EST): a carrier's estimate.</summary>
    Estimated,
    /// <summary>It is in a schedule (PLN).</summary>
    Planned,
}
