namespace Caravan.Core.Traffic;

/// <summary>Freight with no route under the scenario (every way is closed): it is left out of the loads.</summary>
/// <param name="Origin">Origin node.</param>
/// <param name="Destination">Destination node.</param>
/// <param name="Cargo">Its cargo class.</param>
/// <param name="QuantityPerYear">TEU or tonnes a year.</param>
public sealed record UnservedFreight(string Origin, string Destination, CargoClass Cargo, double QuantityPerYear);
