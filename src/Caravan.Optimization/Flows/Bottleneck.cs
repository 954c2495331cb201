using Caravan.Core.Network;

namespace Caravan.Optimization.Flows;

/// <summary>A capacity that binds, and what one more unit per day of it is worth.</summary>
/// <param name="Id">Link or node id.</param>
/// <param name="Kind">"link" or "node".</param>
/// <param name="Direction">For links, "forward" or "reverse"; empty for nodes.</param>
/// <param name="DualUsdPerUnitPerDay">
/// US$ the period's cost falls per extra unit/day of nominal capacity (per year for a year-long
/// period): per t/day for capacities in tonnes, per TEU/day or wagon/day for those (see <paramref name="Unit"/>).
/// </param>
/// <param name="CapacityPerDay">Nominal capacity per day, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit the capacity is given in.</param>
/// <param name="Utilisation">Capacity used over the period's capacity.</param>
public sealed record Bottleneck(string Id, string Kind, string Direction, double DualUsdPerUnitPerDay, double CapacityPerDay, CapacityUnit Unit, double Utilisation)
{
    /// <summary>
    /// The dual under its name from before capacities could be given in TEU or wagons: equal to
    /// <see cref="DualUsdPerUnitPerDay"/>, so per TEU or wagon where <see cref="Unit"/> says so.
    /// </summary>
    public double DualUsdPerTonnePerDay => DualUsdPerUnitPerDay;

    /// <summary>The background freight's load, in <see cref="Unit"/> a day: the minerals get what it leaves.</summary>
    public double BackgroundPerDay { get; init; }

    /// <summary>
    /// What one more unit/day of capacity would save the background freight in queueing over the period
    /// (US$, a year for a year-long period): the element's congestion value, 0 where it does not queue.
    /// </summary>
    public double CongestionUsdPerUnitPerDay { get; init; }

    /// <summary>Hours the background freight's queue adds to each passage.</summary>
    public double DelayHours { get; init; }

    /// <summary>The capacity's whole value: the minerals' shadow price (<see cref="DualUsdPerUnitPerDay"/>) plus the congestion it would relieve.</summary>
    public double ValueUsdPerUnitPerDay => DualUsdPerUnitPerDay + CongestionUsdPerUnitPerDay;

    /// <summary>Why it is listed: "binding" (the minerals want more of it), "congested" (it queues), or both.</summary>
    public string Basis => (DualUsdPerUnitPerDay > 1e-6, CongestionUsdPerUnitPerDay > 1e-6) switch
    {
        (true, true) => "binding+congested",
        (true, false) => "binding",
        _ => "congested",
    };

    /// <summary>The unit as written in tables and the dataset: "t", "TEU" or "wagons".</summary>
    public string CapacityUnit => Capacity.UnitName(Unit);
}
