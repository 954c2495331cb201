namespace Caravan.Optimization.Investment;

/// <summary>What the investment MIP optimises.</summary>
public enum InvestmentObjective
{
    /// <summary>Minimise the expected annual total cost: annualised capex and opex plus expected transport cost and unmet-demand penalties.</summary>
    Cost,

    /// <summary>
    /// Maximise the expected demand served (t/yr) within the budgets; among portfolios that serve the
    /// most, the one with the lowest expected annual total cost.
    /// </summary>
    Served,
}
