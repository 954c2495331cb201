using Caravan.Core.Network;
using Caravan.Core.Traffic;

namespace Caravan.Questions.Contracts;

/// <summary>Freight that cannot move under the scenario.</summary>
/// <param name="Origin">Origin node.</param>
/// <param name="Destination">Destination node.</param>
/// <param name="Cargo">container, bulk or liquid.</param>
/// <param name="QuantityPerYear">TEU or tonnes a year.</param>
public sealed record UnservedView(string Origin, string Destination, string Cargo, double QuantityPerYear);
