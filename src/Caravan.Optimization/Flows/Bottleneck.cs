namespace Caravan.Optimization.Flows;

/// <summary>A capacity that binds, and what one more unit per day of it is worth.</summary>
/// <param name="Id">Link or node id.</param>
/// <param name="Kind">"link" or "node".</param>
/// <param name="Direction">For links, "forward" or "reverse"; empty for nodes.</param>
/// <param name="DualUsdPerTonnePerDay">
/// US$ the period's cost falls per extra unit/day of nominal capacity (per year for a year-long
/// period): per t/day for capacities in tonnes, per TEU/day or wagon/day for those (see <paramref name="CapacityUnit"/>).
/// </param>
/// <param name="CapacityPerDay">Nominal capacity per day, in <paramref name="CapacityUnit"/>.</param>
/// <param name="CapacityUnit">"t", "TEU" or "wagons".</param>
/// <param name="Utilisation">Capacity used over the period's capacity.</param>
public sealed record Bottleneck(string Id, string Kind, string Direction, double DualUsdPerTonnePerDay, double CapacityPerDay, string CapacityUnit, double Utilisation);
