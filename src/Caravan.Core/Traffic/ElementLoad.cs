namespace Caravan.Core.Traffic;

/// <summary>
/// The load on one element with a capacity — a link direction (rail line, ferry line) or a node
/// (port, border crossing, terminal) — after the assignment.
/// </summary>
public sealed record ElementLoad
{
    /// <summary>The link's or node's id.</summary>
    public required string Id { get; init; }

    /// <summary>What it is: the node kind (port, border…) or the link mode (rail, ferry…).</summary>
    public required string Kind { get; init; }

    /// <summary>"from → to" for a link direction; empty for a node.</summary>
    public string Direction { get; init; } = "";

    /// <summary>Background load, capacity-equivalent tonnes a day.</summary>
    public required double Volume { get; init; }

    /// <summary>Capacity the scenario leaves (after closures, storms and seasons), t-eq a day.</summary>
    public required double Capacity { get; init; }

    /// <summary>Volume over capacity.</summary>
    public double Utilisation => Capacity > 0 ? Volume / Capacity : 0;

    /// <summary>Congestion delay over the free-flow time, hours per passage.</summary>
    public required double DelayHours { get; init; }

    /// <summary>Containers in the load, TEU a year.</summary>
    public required double TeuPerYear { get; init; }

    /// <summary>Cargo in the load, tonnes a year (a TEU counts 10 t).</summary>
    public required double TonnesPerYear { get; init; }

    /// <summary>
    /// What one more t-eq/d of capacity would save the freight now using the element, US$ a year:
    /// the fall in its delay times the value of time of everything passing (the capacity's shadow
    /// value in a congested, not yet full, element).
    /// </summary>
    public double CongestionValueUsdPerYear { get; init; }
}
