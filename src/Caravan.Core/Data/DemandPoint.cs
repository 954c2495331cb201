namespace Caravan.Core.Data;

/// <summary>Tonnes per year of a commodity wanted at a node.</summary>
/// <param name="Node">Node id.</param>
/// <param name="Commodity">Commodity id.</param>
/// <param name="TonnesPerYear">Wanted tonnes per year (&gt; 0).</param>
/// <param name="SafetyStockDays">Stock held at the customer, days of demand.</param>
/// <param name="Notes">Free text.</param>
public sealed record DemandPoint(string Node, string Commodity, double TonnesPerYear, double SafetyStockDays = 0, string Notes = "");
