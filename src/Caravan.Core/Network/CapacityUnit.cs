namespace Caravan.Core.Network;

/// <summary>
/// The unit a node's or link's daily capacity is given in. Ports and ferry lines publish capacity in
/// TEU or wagons as often as in tonnes; how many tonnes fit in one depends on the commodity
/// (<see cref="Data.Commodity.TonnesPer"/>).
/// </summary>
public enum CapacityUnit
{
    /// <summary>Tonnes.</summary>
    Tonnes,

    /// <summary>Twenty-foot equivalent units (containers).</summary>
    Teu,

    /// <summary>Rail wagons (or wagon slots on a rail ferry).</summary>
    Wagons,
}
