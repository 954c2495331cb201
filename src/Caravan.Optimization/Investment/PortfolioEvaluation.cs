namespace Caravan.Optimization.Investment;

/// <summary>A fixed portfolio scored in every scenario.</summary>
/// <param name="Built">The portfolio, by project index.</param>
/// <param name="ProjectCostUsd">Annualised capex plus opex of the portfolio, US$/yr.</param>
/// <param name="Scenarios">Each scenario's outcome.</param>
public sealed record PortfolioEvaluation(IReadOnlyList<bool> Built, double ProjectCostUsd, IReadOnlyList<ScenarioOutcome> Scenarios)
{
    /// <summary>Probability-weighted flow cost, US$/yr.</summary>
    public double ExpectedFlowCostUsd => Scenarios.Sum(s => s.Probability * s.CostUsd);

    /// <summary>Expected annual total cost, US$/yr: the MIP's objective for this portfolio.</summary>
    public double TotalUsd => ProjectCostUsd + ExpectedFlowCostUsd;

    /// <summary>Probability-weighted demand served, t/yr.</summary>
    public double ExpectedServedTonnes => Scenarios.Sum(s => s.Probability * s.ServedTonnes);
}
