using Caravan.Core.Network;
using Caravan.Core.Traffic;

namespace Caravan.Questions.Contracts;

/// <summary>Freight that cannot move under the scenario.</summary>
/// <param name="Origin">Origin node.</param>
/// <param name="Destination">Destination node.</param>
/// <param name="Cargo">container, bulk or liquid.</param>
/// <param name="QuantityPerYear">TEU or tonnes a year.</param>
/// <param name="Reason">"no route" (every way closed) or "priced out" (every way left costs more than the trade bears).</param>
public sealed record UnservedView(string Origin, string Destination, string Cargo, double QuantityPerYear, string Reason);
