using Caravan.Optimization.Investment;
using Caravan.Questions.Investment;

namespace Caravan.Questions.Contracts;

/// <summary>
/// The answer to an investment question (<c>caravan invest --format json</c>): the contract fields
/// <c>status, objective, portfolio, frontier</c>, then what was added after. Not sealed: an invest run's
/// results (<see cref="ExplainedInvestAnswer"/>) carry these fields with the same names and more.
/// </summary>
/// <param name="Status">How the solve ended.</param>
/// <param name="Objective">Expected annual total cost, US$/yr (lower is better), whichever objective was optimised; null without a portfolio.</param>
/// <param name="Portfolio">The projects built: <c>id</c>, <c>capexUsd</c>, <c>benefitUsd</c>.</param>
/// <param name="Frontier">The budget sweep: <c>budgetUsd</c>, <c>objective</c>, <c>expectedServedTonnes</c>.</param>
/// <param name="ObjectiveKind">What was optimised.</param>
/// <param name="ExpectedServedTonnes">Probability-weighted demand served, t/yr; null without a portfolio.</param>
/// <param name="Check">The Monte Carlo check; null when skipped or without a portfolio.</param>
public record InvestAnswer(
    InvestmentStatus Status, double? Objective, IReadOnlyList<InvestPortfolioItem> Portfolio, IReadOnlyList<InvestFrontierItem> Frontier,
    InvestmentObjective ObjectiveKind, double? ExpectedServedTonnes, PortfolioCheckResult? Check)
{
    /// <summary>The contract of <paramref name="o"/>, optimised for <paramref name="objective"/>.</summary>
    public static InvestAnswer Of(InvestOutcome o, InvestmentObjective objective)
    {
        ArgumentNullException.ThrowIfNull(o);
        var solution = o.Solution;
        return new(
            solution.Status,
            solution.HasPortfolio ? Rounded.Usd(solution.ObjectiveUsd) : null,
            [.. o.Report?.Projects.Where(p => p.Chosen).Select(p => new InvestPortfolioItem(p.Id, p.CapexUsd, Rounded.Usd(p.BenefitUsd))) ?? []],
            [.. o.Frontier.Select(f => new InvestFrontierItem(f.BudgetUsd, Rounded.Usd((double?)f.ObjectiveUsd), Rounded.Tonnes((double?)f.ExpectedServedTonnes)))],
            objective,
            solution.HasPortfolio ? Rounded.Tonnes(solution.ExpectedServedTonnes) : null,
            o.Check);
    }
}
