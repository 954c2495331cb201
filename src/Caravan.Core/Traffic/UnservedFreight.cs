namespace Caravan.Core.Traffic;

/// <summary>
/// Freight that does not move under the scenario: every way is closed ("no route"), or every way left
/// costs more than the trade bears ("priced out": more than before the scenario by the lost-trade share
/// of its value). It is left out of the loads.
/// </summary>
/// <param name="Origin">Origin node.</param>
/// <param name="Destination">Destination node.</param>
/// <param name="Cargo">Its cargo class.</param>
/// <param name="QuantityPerYear">TEU or tonnes a year.</param>
public sealed record UnservedFreight(string Origin, string Destination, CargoClass Cargo, double QuantityPerYear)
{
    /// <summary>"no route" or "priced out".</summary>
    public string Reason { get; init; } = "no route";
}
