using Caravan.Core.Routing;

namespace Caravan.Optimization.Investment;

/// <summary>The economic assumptions that turn projects and flows into one annual cost (docs/investment.md).</summary>
public sealed record InvestmentAssumptions
{
    /// <summary>The defaults.</summary>
    public static InvestmentAssumptions Default { get; } = new();

    /// <summary>
    /// Real discount rate for annualising capex. Default 0.08: between the 6 % and 10 % real rates that
    /// multilateral lenders use to appraise transport projects in emerging economies (estimate).
    /// </summary>
    public double DiscountRate { get; init; } = 0.08;

    /// <summary>Economic life for projects that state none, years. Default 25.</summary>
    public int DefaultLifetimeYears { get; init; } = 25;

    /// <summary>
    /// Unmet-demand penalty as a share of the commodity's value per tonne. Default 1: a tonne not
    /// delivered costs the buyer its value (lost production or a spot purchase at a premium of that order).
    /// </summary>
    public double PenaltyShareOfValue { get; init; } = 1.0;

    /// <summary>How arcs are priced: the routing generalised cost.</summary>
    public CostParameters Cost { get; init; } = CostParameters.Default;

    /// <summary>
    /// The capital recovery factor r / (1 − (1 + r)^−n): the level yearly payment over n years that
    /// repays one US$ of capex at rate r (1/n when r = 0).
    /// </summary>
    public double AnnuityFactor(int lifetimeYears)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lifetimeYears, 1);
        return DiscountRate == 0 ? 1.0 / lifetimeYears : DiscountRate / (1 - Math.Pow(1 + DiscountRate, -lifetimeYears));
    }
}
