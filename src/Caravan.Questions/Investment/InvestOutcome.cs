using Caravan.Core.Investment;
using Caravan.Optimization.Investment;

namespace Caravan.Questions.Investment;

/// <summary>What an investment question found: the instance, the solution and its explanation, the frontier and the check.</summary>
/// <param name="Projects">The candidates.</param>
/// <param name="Instance">The two-stage program.</param>
/// <param name="Solution">The MIP's solution.</param>
/// <param name="Report">Why each candidate was chosen or not; null without a portfolio.</param>
/// <param name="Frontier">The budget sweep; empty without one.</param>
/// <param name="Check">The Monte Carlo check; null when skipped or without a portfolio.</param>
public sealed record InvestOutcome(
    IReadOnlyList<Project> Projects, InvestmentInstance Instance, InvestmentSolution Solution, PortfolioReport? Report,
    IReadOnlyList<FrontierPoint> Frontier, PortfolioCheckResult? Check);
