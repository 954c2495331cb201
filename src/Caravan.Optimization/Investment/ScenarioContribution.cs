namespace Caravan.Optimization.Investment;

/// <summary>What one project brings in one scenario, within the portfolio.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="CostSavedUsd">Flow cost (transport and penalties) saved, US$/yr.</param>
/// <param name="ServedTonnesGained">Demand served that would otherwise go unmet, t/yr.</param>
public sealed record ScenarioContribution(string Scenario, double CostSavedUsd, double ServedTonnesGained);
