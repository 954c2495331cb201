using Caravan.Core.Network;
using Caravan.Optimization.Flows;

namespace Caravan.Questions.Contracts;

/// <summary>
/// A capacity worth more: binding for the minerals, or queueing under the background freight the
/// minerals share it with; what one more unit per day of it is worth over the period.
/// </summary>
/// <param name="Id">Link or node id.</param>
/// <param name="Kind">link or node.</param>
/// <param name="DualUsdPerTonnePerDay">US$ per extra t/day for a capacity in tonnes; null for one in TEU or wagons (see <paramref name="DualUsdPerUnitPerDay"/>).</param>
/// <param name="Direction">forward or reverse for links; empty for nodes.</param>
/// <param name="CapacityTonnesPerDay">The capacity, t/day, when given in tonnes; else null.</param>
/// <param name="CapacityPerDay">The capacity per day in <paramref name="CapacityUnit"/>.</param>
/// <param name="CapacityUnit">t, TEU or wagons.</param>
/// <param name="Utilisation">Share used.</param>
/// <param name="DualUsdPerUnitPerDay">US$ per extra unit/day of the capacity, in its own unit.</param>
public sealed record BottleneckView(
    string Id, string Kind, double? DualUsdPerTonnePerDay, string Direction, double? CapacityTonnesPerDay, double CapacityPerDay, string CapacityUnit,
    double Utilisation, double DualUsdPerUnitPerDay)
{
    /// <summary>The background freight's load, in <see cref="CapacityUnit"/> a day.</summary>
    public double BackgroundPerDay { get; init; }

    /// <summary>US$ one more unit/day would save the background freight in queueing over the period.</summary>
    public double CongestionUsdPerUnitPerDay { get; init; }

    /// <summary>The dual plus the congestion value: the capacity's whole worth, US$ per unit/day over the period.</summary>
    public double ValueUsdPerUnitPerDay { get; init; }

    /// <summary>Hours the background freight's queue adds to each passage.</summary>
    public double DelayHours { get; init; }

    /// <summary>binding, congested or binding+congested.</summary>
    public string Basis { get; init; } = "binding";

    /// <summary>The contract of <paramref name="b"/>.</summary>
    public static BottleneckView Of(Bottleneck b)
    {
        ArgumentNullException.ThrowIfNull(b);
        var inTonnes = b.Unit == Core.Network.CapacityUnit.Tonnes;
        return new(b.Id, b.Kind, inTonnes ? Rounded.Usd(b.DualUsdPerUnitPerDay) : null, b.Direction, inTonnes ? b.CapacityPerDay : null,
            b.CapacityPerDay, Capacity.UnitName(b.Unit), Rounded.Share(b.Utilisation), Rounded.Usd(b.DualUsdPerUnitPerDay))
        {
            BackgroundPerDay = Rounded.Two(b.BackgroundPerDay),
            CongestionUsdPerUnitPerDay = Rounded.Usd(b.CongestionUsdPerUnitPerDay),
            ValueUsdPerUnitPerDay = Rounded.Usd(b.ValueUsdPerUnitPerDay),
            DelayHours = Rounded.Two(b.DelayHours),
            Basis = b.Basis,
        };
    }
}
