namespace Caravan.Optimization.Investment;

/// <summary>The outcome of an investment solve.</summary>
/// <param name="Status">How the solve ended.</param>
/// <param name="ObjectiveUsd">Expected annual total cost, US$/yr: annualised capex and opex of the portfolio plus the probability-weighted flow cost (transport and unmet-demand penalties), whichever objective was optimised. NaN without a portfolio.</param>
/// <param name="BestBoundUsd">The solver's proven lower bound on the objective, US$/yr.</param>
/// <param name="Built">Which projects the portfolio builds, by index (all false without a portfolio).</param>
/// <param name="StartYears">Start year of each built project (0 = first year) when a yearly budget applied, else null; -1 for projects not built.</param>
/// <param name="ScenarioCostUsd">Flow cost of each scenario under the portfolio, US$/yr.</param>
/// <param name="WallTime">Time spent building and solving the model.</param>
/// <param name="Solver">The backend used.</param>
public sealed record InvestmentSolution(
    InvestmentStatus Status,
    double ObjectiveUsd,
    double BestBoundUsd,
    IReadOnlyList<bool> Built,
    IReadOnlyList<int>? StartYears,
    IReadOnlyList<double> ScenarioCostUsd,
    TimeSpan WallTime,
    string Solver)
{
    /// <summary>Probability-weighted demand served by the solution's flows, t/yr (NaN without a portfolio).</summary>
    public double ExpectedServedTonnes { get; init; } = double.NaN;

    /// <summary>True when a portfolio was found (optimal or not).</summary>
    public bool HasPortfolio => Status is InvestmentStatus.Optimal or InvestmentStatus.Feasible;
}
