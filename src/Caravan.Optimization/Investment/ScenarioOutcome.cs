namespace Caravan.Optimization.Investment;

/// <summary>One scenario's flow under a fixed portfolio.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Probability">Its weight.</param>
/// <param name="CostUsd">Transport cost plus unmet-demand penalties, US$/yr.</param>
/// <param name="UnmetTonnes">Demand left unmet, t/yr, all commodities.</param>
/// <param name="ServedTonnes">Demand served, t/yr, all commodities.</param>
/// <param name="Bottlenecks">Binding limits with a positive value, most valuable first.</param>
public sealed record ScenarioOutcome(
    string Scenario, double Probability, double CostUsd, double UnmetTonnes, double ServedTonnes, IReadOnlyList<BindingLimit> Bottlenecks);
