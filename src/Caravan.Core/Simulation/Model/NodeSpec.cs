using Caravan.Core.Distributions;

namespace Caravan.Core.Simulation;

/// <summary>A node as a station: servers (int.MaxValue = unlimited), handling, border dwell and gauge-change time, hours; with a capacity, the gate lots and background freight share.</summary>
internal sealed record NodeSpec(string Id, int Servers, Distribution Handling, Distribution Dwell, double ExtraHours,
    double CostUsdPerTonne, double? CapacityTonnesPerDay, ulong Key, GateSpec? Gate = null)
{
    public double PlannedHours => Handling.Mean + Dwell.Mean + ExtraHours;
}
