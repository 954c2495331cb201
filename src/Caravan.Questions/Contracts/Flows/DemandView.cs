namespace Caravan.Questions.Contracts;

/// <summary>One customer's demand for one commodity over the period, and what was not delivered.</summary>
/// <param name="Node">Customer node id.</param>
/// <param name="Commodity">Commodity id.</param>
/// <param name="DemandTonnes">Demand, t.</param>
/// <param name="UnmetTonnes">Not delivered, t.</param>
public sealed record DemandView(string Node, string Commodity, double DemandTonnes, double UnmetTonnes);
