namespace Caravan.Core.Routing;

/// <summary>
/// A route with its explanation. Money, CO2 and generalised cost are for the whole shipment;
/// hours are door to door, handling, border dwell and waits for departures included.
/// </summary>
public sealed record Route
{
    /// <summary>1 for the best (or the first Pareto member), then 2, 3...</summary>
    public int Rank { get; init; }

    /// <summary>Origin node id.</summary>
    public required string From { get; init; }

    /// <summary>Destination node id.</summary>
    public required string To { get; init; }

    /// <summary>Shipment size, t.</summary>
    public required double Tonnes { get; init; }

    /// <summary>Money: freight, handling and border fees, US$.</summary>
    public required double CostUsd { get; init; }

    /// <summary>Expected door-to-door hours.</summary>
    public required double Hours { get; init; }

    /// <summary>CO2e, kg (well to wheel, hub emissions at transfers included).</summary>
    public required double Co2Kg { get; init; }

    /// <summary>Probability of meeting at least one disruption during the trip: 1 − exp(−hazard).</summary>
    public required double Risk { get; init; }

    /// <summary>Disruption hazard: expected disruptions met (adds along the route).</summary>
    public required double Hazard { get; init; }

    /// <summary>Money + time value + carbon + risk premium, US$.</summary>
    public required double GeneralisedCostUsd { get; init; }

    /// <summary>Countries the route depends on, ISO alpha-2, in order of first appearance.</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    /// <summary>Chokepoints passed, in order.</summary>
    public required IReadOnlyList<string> Chokepoints { get; init; }

    /// <summary>Modes used, in order of first use.</summary>
    public required IReadOnlyList<string> Modes { get; init; }

    /// <summary>The legs, one per link.</summary>
    public required IReadOnlyList<Leg> Legs { get; init; }

    /// <summary>Changes of mode.</summary>
    public required IReadOnlyList<Transfer> Transfers { get; init; }

    /// <summary>Border crossings passed, with their dwell.</summary>
    public required IReadOnlyList<BorderCrossing> Borders { get; init; }

    /// <summary>The generalised cost split into money, time value, carbon and risk premium, for the whole shipment.</summary>
    public required CostBreakdown Breakdown { get; init; }

    /// <summary>Why this route ranks where it does.</summary>
    public string Why { get; init; } = "";

    /// <summary>The arcs of the compiled network, in order (for flows and simulation).</summary>
    public required IReadOnlyList<int> Arcs { get; init; }
}
