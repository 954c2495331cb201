namespace Caravan.Optimization.Flows;

/// <summary>Tonnes of a commodity at a node: a supply (with the cost of shipping a tonne out) or a demand.</summary>
/// <param name="Node">Dense node index.</param>
/// <param name="Tonnes">Tonnes over the period, ≥ 0.</param>
/// <param name="CostUsdPerTonne">For supplies, the cost of leaving the origin, US$/t; 0 for demands.</param>
public readonly record struct FlowAmount(int Node, double Tonnes, double CostUsdPerTonne = 0);
