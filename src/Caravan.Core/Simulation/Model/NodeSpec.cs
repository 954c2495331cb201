using Caravan.Core.Distributions;

namespace Caravan.Core.Simulation;

/// <summary>A node as a station: servers (int.MaxValue = unlimited), handling, border dwell and gauge-change time, hours.</summary>
internal sealed record NodeSpec(string Id, int Servers, Distribution Handling, Distribution Dwell, double ExtraHours,
    double CostUsdPerTonne, double? CapacityTonnesPerDay, ulong Key)
{
    public double PlannedHours => Handling.Mean + Dwell.Mean + ExtraHours;
}
