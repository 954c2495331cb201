using Caravan.Core.Network;
using Caravan.Optimization.Flows;

namespace Caravan.Questions.Contracts;

/// <summary>A binding capacity and what one more unit per day of it is worth over the period.</summary>
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
    /// <summary>The contract of <paramref name="b"/>.</summary>
    public static BottleneckView Of(Bottleneck b)
    {
        ArgumentNullException.ThrowIfNull(b);
        var inTonnes = b.Unit == Core.Network.CapacityUnit.Tonnes;
        return new(b.Id, b.Kind, inTonnes ? Rounded.Usd(b.DualUsdPerUnitPerDay) : null, b.Direction, inTonnes ? b.CapacityPerDay : null,
            b.CapacityPerDay, Capacity.UnitName(b.Unit), Rounded.Share(b.Utilisation), Rounded.Usd(b.DualUsdPerUnitPerDay));
    }
}
