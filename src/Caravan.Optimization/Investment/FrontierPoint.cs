namespace Caravan.Optimization.Investment;

/// <summary>One budget of a sweep and the best objective it buys.</summary>
/// <param name="BudgetUsd">Total capex budget, US$.</param>
/// <param name="ObjectiveUsd">Optimal expected annual total cost at that budget, US$/yr (NaN when not solved).</param>
/// <param name="Status">How the solve ended.</param>
/// <param name="Portfolio">Ids of the projects built.</param>
/// <param name="ExpectedServedTonnes">Probability-weighted demand served at that budget, t/yr (NaN when not solved).</param>
public sealed record FrontierPoint(double BudgetUsd, double ObjectiveUsd, InvestmentStatus Status, IReadOnlyList<string> Portfolio, double ExpectedServedTonnes);
