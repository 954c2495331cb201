namespace Caravan.Server.Contracts;

/// <summary>The body of <c>POST /api/invest</c>: the question of <c>caravan invest</c>.</summary>
/// <param name="Budget">Total capex budget, US$; null = no limit.</param>
/// <param name="YearlyBudget">Capex that may be spent in any one year, US$; null = no yearly limit.</param>
/// <param name="Horizon">Years within which projects must finish under a yearly budget (default 10).</param>
/// <param name="Scenarios">Weighted scenarios, each <c>name[+name...][@probability]</c> (dataset scenarios); empty = the dataset's defaults.</param>
/// <param name="Sweep">Budgets for the frontier; null = no sweep.</param>
/// <param name="Objective"><c>cost</c> (default) or <c>served</c>.</param>
/// <param name="CheckRuns">Replications of the final Monte Carlo check (default 200; 0 skips it).</param>
/// <param name="Seed">Root seed of the check (default 1).</param>
public sealed record InvestRequest(
    double? Budget, double? YearlyBudget, int? Horizon, IReadOnlyList<string>? Scenarios, InvestSweep? Sweep, string? Objective, int? CheckRuns, long? Seed);
