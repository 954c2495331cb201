namespace Caravan.Cli.Commands;

/// <summary>One point of the budget frontier in JSON.</summary>
/// <param name="BudgetUsd">Budget, US$.</param>
/// <param name="Objective">Optimal expected annual total cost at that budget, US$/yr; null when not solved.</param>
/// <param name="ExpectedServedTonnes">Probability-weighted demand served at that budget, t/yr; null when not solved.</param>
public sealed record InvestFrontierJson(double BudgetUsd, double? Objective, double? ExpectedServedTonnes);
