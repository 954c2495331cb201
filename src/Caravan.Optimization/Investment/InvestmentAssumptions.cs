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
    /// Unmet-demand penalty as a multiple of the commodity's value per tonne. Default 10, the flows
    /// model's default (docs/flows.md): a tonne not delivered costs its buyer more than its price.
    /// </summary>
    public double PenaltyShareOfValue { get; init; } = 10;

    /// <summary>Lowest unmet-demand penalty, US$/t. Default 5,000, as in the flows model.</summary>
    public double PenaltyFloorUsdPerTonne { get; init; } = 5000;

    /// <summary>The unmet-demand penalty for a commodity worth <paramref name="valueUsdPerTonne"/>, US$/t.</summary>
    public double PenaltyUsdPerTonne(double valueUsdPerTonne) => Math.Max(PenaltyFloorUsdPerTonne, PenaltyShareOfValue * valueUsdPerTonne);

    /// <summary>How arcs are priced: the routing generalised cost.</summary>
    public CostParameters Cost { get; init; } = CostParameters.Default;

    /// <summary>
    /// The flows model's options for one year under these assumptions: the same cost model and unmet-demand
    /// penalties, every commodity and origin. The second stage is built from <see cref="Flows.FlowModel"/> with them.
    /// </summary>
    public Flows.FlowOptions FlowOptions => new()
    {
        PeriodDays = Core.Hours.DaysPerYear,
        PenaltyValueMultiple = PenaltyShareOfValue,
        PenaltyFloorUsdPerTonne = PenaltyFloorUsdPerTonne,
        Costs = Cost,
    };

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
