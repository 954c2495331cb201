using Caravan.Optimization.Investment;

namespace Caravan.Server.Contracts;

/// <summary>
/// The results of an invest run: the fields of <c>caravan invest --format json</c> with their names, then
/// what the dashboard shows besides (every candidate with why, the cost of doing nothing).
/// </summary>
/// <param name="Status">How the solve ended.</param>
/// <param name="Objective">Expected annual total cost, US$/yr (lower is better), whichever objective was optimised; null without a portfolio.</param>
/// <param name="Portfolio">The projects built: <c>id</c>, <c>capexUsd</c>, <c>benefitUsd</c>.</param>
/// <param name="Frontier">The budget sweep: <c>budgetUsd</c>, <c>objective</c>, <c>expectedServedTonnes</c>.</param>
/// <param name="ObjectiveKind">What was optimised.</param>
/// <param name="ExpectedServedTonnes">Probability-weighted demand served, t/yr; null without a portfolio.</param>
/// <param name="Check">The Monte Carlo check; null when skipped or without a portfolio.</param>
/// <param name="BaselineObjective">Expected annual total cost with no project, US$/yr; null without a portfolio.</param>
/// <param name="Projects">Every candidate, chosen first.</param>
/// <param name="Scenarios">The weighted scenarios solved over.</param>
public sealed record InvestResults(
    InvestmentStatus Status, double? Objective, IReadOnlyList<InvestPortfolioItem> Portfolio, IReadOnlyList<InvestFrontierItem> Frontier,
    InvestmentObjective ObjectiveKind, double? ExpectedServedTonnes, PortfolioCheckResult? Check,
    double? BaselineObjective, IReadOnlyList<InvestProjectView> Projects, IReadOnlyList<InvestScenarioWeight> Scenarios);
