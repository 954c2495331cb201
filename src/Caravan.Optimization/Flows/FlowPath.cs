namespace Caravan.Optimization.Flows;

/// <summary>Tonnes of one commodity over the period along one supply-to-demand path of a flow solution.</summary>
/// <param name="Commodity">Commodity id.</param>
/// <param name="From">Supply node index.</param>
/// <param name="To">Demand node index.</param>
/// <param name="Tonnes">Tonnes over the period.</param>
/// <param name="Arcs">Directed arcs from <paramref name="From"/> to <paramref name="To"/> (empty when they are the same node).</param>
public sealed record FlowPath(string Commodity, int From, int To, double Tonnes, int[] Arcs);
