namespace Caravan.Core.Simulation;

/// <summary>Stock-outs at one demand point.</summary>
/// <param name="Node">Demand node id.</param>
/// <param name="Commodity">Commodity id.</param>
/// <param name="StockoutProbability">Fraction of replications in which the stock ran out after the warm-up.</param>
/// <param name="StockoutDays">Days out of stock per replication, mean.</param>
public sealed record DemandResult(string Node, string Commodity, double StockoutProbability, double StockoutDays);
