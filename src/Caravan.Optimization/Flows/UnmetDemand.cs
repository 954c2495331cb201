namespace Caravan.Optimization.Flows;

/// <summary>A customer's demand and how much of it the flow could not serve.</summary>
/// <param name="Node">Customer node id.</param>
/// <param name="Commodity">Commodity id.</param>
/// <param name="DemandTonnes">Tonnes wanted over the period.</param>
/// <param name="UnmetTonnes">Tonnes not delivered.</param>
/// <param name="PenaltyUsdPerTonne">What each unmet tonne costs in the objective.</param>
public sealed record UnmetDemand(string Node, string Commodity, double DemandTonnes, double UnmetTonnes, double PenaltyUsdPerTonne);
