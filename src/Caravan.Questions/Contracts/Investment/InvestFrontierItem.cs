namespace Caravan.Questions.Contracts;

/// <summary>One point of the budget frontier, as in <c>caravan invest --format json</c>.</summary>
/// <param name="BudgetUsd">Budget, US$.</param>
/// <param name="Objective">Optimal expected annual total cost at that budget, US$/yr; null when not solved.</param>
/// <param name="ExpectedServedTonnes">Probability-weighted demand served at that budget, t/yr; null when not solved.</param>
public sealed record InvestFrontierItem(double BudgetUsd, double? Objective, double? ExpectedServedTonnes);
