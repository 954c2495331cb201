using Caravan.Optimization.Investment;

namespace Caravan.Cli.Commands;

/// <summary>The JSON of <c>caravan invest --format json</c> (a contract: names are fixed).</summary>
/// <param name="Status">How the solve ended.</param>
/// <param name="Objective">Expected annual total cost, US$/yr, including unmet-demand penalties and annualised capex (lower is better); null without a portfolio.</param>
/// <param name="Portfolio">The projects built.</param>
/// <param name="Frontier">The budget sweep, when asked for.</param>
/// <param name="ObjectiveKind">What was optimised: cost or served (added to the contract; <paramref name="Objective"/> is the cost either way).</param>
/// <param name="ExpectedServedTonnes">Probability-weighted demand served by the portfolio, t/yr; null without a portfolio.</param>
/// <param name="Check">The final Monte Carlo check against the baseline; null when skipped with --check-runs 0 or without a portfolio.</param>
public sealed record InvestJson(InvestmentStatus Status, double? Objective, IReadOnlyList<InvestPortfolioJson> Portfolio, IReadOnlyList<InvestFrontierJson> Frontier,
    InvestmentObjective ObjectiveKind, double? ExpectedServedTonnes, PortfolioCheckResult? Check);
