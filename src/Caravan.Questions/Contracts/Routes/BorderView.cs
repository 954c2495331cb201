namespace Caravan.Questions.Contracts;

/// <summary>A border crossing on a route.</summary>
/// <param name="Node">Node id.</param>
/// <param name="Name">Node name.</param>
/// <param name="Country">ISO alpha-2 code of the node.</param>
/// <param name="Regime"><c>paper</c> or <c>digital</c>; empty when the dataset gives none.</param>
/// <param name="DwellHours">Expected dwell (or the chosen quantile), hours.</param>
/// <param name="GaugeChange">True where the rail gauge changes.</param>
public sealed record BorderView(string Node, string Name, string Country, string Regime, double DwellHours, bool GaugeChange);
