using Caravan.Core.Distributions;
using Caravan.Core.Network;

namespace Caravan.Core.Simulation;

/// <summary>
/// A directed arc as a resource. Capacity per sailing is +∞ when the link states none; with
/// <paramref name="CapacityMonthFactors"/> it follows the link's seasons (a sailing in a low-water
/// month loads less). A ferry line with a capacity has a <paramref name="Gate"/>: its fleet, shared with the background freight.
/// </summary>
internal sealed record ArcSpec(string Id, int Link, ArcKind Kind, Distribution Transit, double HeadwayHours,
    double CapacityTonnesPerSailing, double CostUsdPerTonne, double? CapacityTonnesPerDay, ulong Key,
    MonthProfile? CapacityMonthFactors = null, GateSpec? Gate = null)
{
    /// <summary>Tonnes one sailing may load at simulated hour <paramref name="hours"/>.</summary>
    public double SailingCapacityAt(double hours) =>
        CapacityMonthFactors is { } f ? CapacityTonnesPerSailing * f.At(hours) : CapacityTonnesPerSailing;

    /// <summary>Expected hours: transit plus the mean wait for a departure (half the headway; for a ferry that sails on time or when full, the same as a bound).</summary>
    public double PlannedHours => Transit.Mean + (Kind == ArcKind.Continuous ? 0 : HeadwayHours / 2);
}
