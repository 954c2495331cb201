using Caravan.Core.Network;

namespace Caravan.Core.Routing;

/// <summary>A border crossing on a route and its expected dwell under the customs regime in force.</summary>
/// <param name="Node">Node id.</param>
/// <param name="Name">Node name.</param>
/// <param name="Country">ISO alpha-2 code of the node.</param>
/// <param name="Regime">The customs regime in force; null when the dataset gives none.</param>
/// <param name="DwellHours">Expected dwell (or the chosen quantile), hours.</param>
/// <param name="GaugeChange">True where the rail gauge changes.</param>
public sealed record BorderCrossing(string Node, string Name, string Country, CustomsRegime? Regime, double DwellHours, bool GaugeChange);
