namespace Caravan.Core.Simulation;

/// <summary>
/// One path of a release plan: tonnes a year of a commodity from a supply node to a demand node
/// along directed arcs of the dataset's network. The simulator releases lots along these paths in
/// proportion to their tonnes (a flow solution decomposed into supply-to-demand paths).
/// </summary>
/// <param name="Commodity">Commodity id.</param>
/// <param name="From">Supply node id.</param>
/// <param name="To">Demand node id.</param>
/// <param name="TonnesPerYear">Tonnes a year along the path, more than 0.</param>
/// <param name="Arcs">Directed arc indices from <paramref name="From"/> to <paramref name="To"/>.</param>
public sealed record PlannedShipment(string Commodity, string From, string To, double TonnesPerYear, int[] Arcs);
