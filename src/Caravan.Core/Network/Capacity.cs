using Caravan.Core.Data;

namespace Caravan.Core.Network;

/// <summary>A throughput limit per day in its own unit (tonnes, TEU or wagons).</summary>
/// <param name="PerDay">Units per day, &gt; 0.</param>
/// <param name="Unit">The unit.</param>
public readonly record struct Capacity(double PerDay, CapacityUnit Unit)
{
    /// <summary>
    /// The capacity given by at most one of the three dataset columns; null when none is given
    /// (unlimited). Tonnes win if a caller passes several (the loader refuses that in files).
    /// </summary>
    public static Capacity? Of(double? tonnesPerDay, double? teuPerDay, double? wagonsPerDay) =>
        tonnesPerDay is { } t ? new Capacity(t, CapacityUnit.Tonnes)
        : teuPerDay is { } teu ? new Capacity(teu, CapacityUnit.Teu)
        : wagonsPerDay is { } w ? new Capacity(w, CapacityUnit.Wagons)
        : null;

    /// <summary>Tonnes of <paramref name="commodity"/> per day this capacity carries when it carries nothing else.</summary>
    public double TonnesPerDay(Commodity commodity) => PerDay * commodity.TonnesPer(Unit);

    /// <summary>
    /// Tonnes per day for a mix of <paramref name="commodities"/> when a model keeps one tonnage
    /// limit for all of them: the bulkiest commodity's payload (fewest tonnes per unit), so the
    /// limit is never overstated. Tonne capacities are returned as they are.
    /// </summary>
    public double ConservativeTonnesPerDay(IEnumerable<Commodity> commodities)
    {
        var unit = Unit;
        return unit == CapacityUnit.Tonnes ? PerDay : PerDay * commodities.Select(c => c.TonnesPer(unit)).DefaultIfEmpty(1).Min();
    }

    /// <summary>The unit as written after a number: "t", "TEU", "wagons".</summary>
    public string UnitText => UnitName(Unit);

    /// <summary>"t", "TEU" or "wagons".</summary>
    public static string UnitName(CapacityUnit unit) => unit switch
    {
        CapacityUnit.Teu => "TEU",
        CapacityUnit.Wagons => "wagons",
        _ => "t",
    };
}
