namespace Caravan.Core.Tracking;

/// <summary>What an event says happened to a consignment, normalised across EPCIS business steps, DCSA event codes and milestone records.</summary>
public enum Milestone
{
    /// <summary>Left a place (DCSA DEPA, EPCIS shipping/departing, a milestone "departed").</summary>
    Departed,
    /// <summary>Reached a place (DCSA ARRI, EPCIS receiving/arriving).</summary>
    Arrived,
    /// <summary>Loaded onto a means of transport (DCSA LOAD, EPCIS loading).</summary>
    Loaded,
    /// <summary>Discharged from a means of transport (DCSA DISC, EPCIS unloading).</summary>
    Discharged,
    /// <summary>Entered a terminal's gate (DCSA GTIN).</summary>
    GateIn,
    /// <summary>Left a terminal's gate (DCSA GTOT).</summary>
    GateOut,
    /// <summary>Released by customs (an eTIR or e-CMR record, EPCIS "customs clearing"... step).</summary>
    CustomsCleared,
    /// <summary>Turned into another product (EPCIS TransformationEvent: ore to metal).</summary>
    Transformed,
    /// <summary>Handed to the consignee: the journey is over.</summary>
    Delivered,
    /// <summary>Seen, with no movement implied (inspection, sensor reading, a document issued).</summary>
    Observed,
}
