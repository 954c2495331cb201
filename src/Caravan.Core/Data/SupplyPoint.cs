namespace Caravan.Core.Data;

/// <summary>Tonnes per year of a commodity available at a node.</summary>
/// <param name="Node">Node id.</param>
/// <param name="Commodity">Commodity id.</param>
/// <param name="TonnesPerYear">Available tonnes per year (&gt; 0).</param>
/// <param name="Notes">Free text.</param>
public sealed record SupplyPoint(string Node, string Commodity, double TonnesPerYear, string Notes = "");
