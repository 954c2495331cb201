namespace Caravan.Questions.Contracts;

/// <summary>A capacity that binds under a scenario set but not under the reference.</summary>
/// <param name="Scenario">The set.</param>
/// <param name="Id">Link or node id.</param>
/// <param name="Kind">link or node.</param>
/// <param name="Direction">forward or reverse for links.</param>
/// <param name="DualUsdPerTonnePerDay">US$ per extra t/day for a capacity in tonnes; else null.</param>
/// <param name="DualUsdPerUnitPerDay">US$ per extra unit/day in the capacity's own unit.</param>
/// <param name="CapacityUnit">t, TEU or wagons.</param>
public sealed record NewBottleneckView(
    string Scenario, string Id, string Kind, string Direction, double? DualUsdPerTonnePerDay, double DualUsdPerUnitPerDay, string CapacityUnit);
