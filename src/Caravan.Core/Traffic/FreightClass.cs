namespace Caravan.Core.Traffic;

/// <summary>
/// The freight rows of one cargo class and one value a unit: they share modes and a value of time, so
/// the assignment treats them as one class of traffic.
/// </summary>
/// <param name="Cargo">The cargo class.</param>
/// <param name="ValueUsdPerUnit">Value of a unit (TEU or tonne), US$.</param>
/// <param name="Flows">The rows.</param>
public sealed record FreightClass(CargoClass Cargo, double ValueUsdPerUnit, IReadOnlyList<FreightFlow> Flows)
{
    /// <summary>A name for reports: the cargo class and its value.</summary>
    public string Name => $"{Network.SnakeCase.Name(Cargo)} @ US${ValueUsdPerUnit:0}";

    /// <summary>Cargo tonnes a capacity-equivalent tonne carries (10/32.5 for containers, 1 otherwise).</summary>
    public double CargoTonnesPerCapacityTonne => CargoTraits.CargoTonnesPerUnit(Cargo) / CargoTraits.CapacityTonnesPerUnit(Cargo);

    /// <summary>What an hour costs a capacity-equivalent tonne of this class, US$: its value times the carrying rate, per hour (never below a thousandth of a cent).</summary>
    public double ValueOfTimeUsdPerHourPerCapacityTonne(TrafficOptions options) =>
        Math.Max(1e-5, ValueUsdPerUnit / CargoTraits.CapacityTonnesPerUnit(Cargo) * options.CarryingRatePerYear / Hours.PerYear);

    /// <summary>The classes of <paramref name="flows"/>, in a fixed order (cargo class, then value).</summary>
    public static IReadOnlyList<FreightClass> Of(IEnumerable<FreightFlow> flows) =>
        flows.GroupBy(f => (f.Cargo, f.ValueUsdPerUnit))
            .OrderBy(g => g.Key.Cargo).ThenBy(g => g.Key.ValueUsdPerUnit)
            .Select(g => new FreightClass(g.Key.Cargo, g.Key.ValueUsdPerUnit, g.ToArray()))
            .ToArray();
}
