using Caravan.Core.Distributions;

namespace Caravan.Core.Simulation;

/// <summary>A directed arc as a resource. Capacity per sailing is +∞ when the link states none.</summary>
internal sealed record ArcSpec(string Id, int Link, ArcKind Kind, Distribution Transit, double HeadwayHours,
    double CapacityTonnesPerSailing, double CostUsdPerTonne, double? CapacityTonnesPerDay, ulong Key)
{
    /// <summary>Expected hours: transit plus the mean wait for a departure (half the headway; for a ferry that sails on time or when full, the same as a bound).</summary>
    public double PlannedHours => Transit.Mean + (Kind == ArcKind.Continuous ? 0 : HeadwayHours / 2);
}
