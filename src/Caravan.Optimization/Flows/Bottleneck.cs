namespace Caravan.Optimization.Flows;

/// <summary>A capacity that binds, and what one more tonne per day of it is worth.</summary>
/// <param name="Id">Link or node id.</param>
/// <param name="Kind">"link" or "node".</param>
/// <param name="Direction">For links, "forward" or "reverse"; empty for nodes.</param>
/// <param name="DualUsdPerTonnePerDay">US$ the period's cost falls per extra t/day of nominal capacity (per year for a year-long period).</param>
/// <param name="CapacityTonnesPerDay">Nominal capacity, t/day.</param>
/// <param name="Utilisation">Tonnes through it over its period capacity.</param>
public sealed record Bottleneck(string Id, string Kind, string Direction, double DualUsdPerTonnePerDay, double CapacityTonnesPerDay, double Utilisation);
