namespace Caravan.Core.Routing;

/// <summary>
/// The prices and weights that turn a route's money, time, CO2 and risk into one generalised cost.
/// Every default is documented in <c>docs/routing.md</c>; estimates are marked as such there.
/// </summary>
public sealed record CostParameters
{
    /// <summary>The defaults.</summary>
    public static CostParameters Default { get; } = new();

    /// <summary>
    /// Carbon price, US$ per tonne CO2e. Default 100: between the EU ETS price of 2023–2025
    /// (about €65–90/t) and the US EPA 2023 social cost of carbon (US$190/t at a 2 % discount rate).
    /// </summary>
    public double CarbonPriceUsdPerTonneCo2 { get; init; } = 100;

    /// <summary>
    /// Which value of each time distribution to use: null for the mean (default), else a quantile
    /// p in (0, 1). Quantiles are summed leg by leg, which overstates the route's own quantile: a
    /// deliberately cautious planning time.
    /// </summary>
    public double? TimeQuantile { get; init; }

    /// <summary>
    /// Risk premium: the share of cargo value an expected disruption costs (delay, rerouting,
    /// demurrage, insurance), per unit of disruption hazard. Default 0.05 (estimate).
    /// </summary>
    public double RiskPremiumShareOfValue { get; init; } = 0.05;

    /// <summary>
    /// Politically caused transit interruptions per year in a country at the bottom of the WGI
    /// political-stability scale (−2.5); the rate falls linearly to zero at +2.5. Default 1 (estimate).
    /// </summary>
    public double PoliticalDisruptionsPerYearAtWorst { get; init; } = 1.0;

    /// <summary>WGI political stability assumed for a country whose estimate is unknown. Default 0 (the world mean).</summary>
    public double UnknownPoliticalStability { get; init; }

    /// <summary>Hours a ship spends passing a chokepoint, the exposure to its closures. Default 24.</summary>
    public double ChokepointPassageHours { get; init; } = 24;

    /// <summary>Extra cost of a change of mode at a node beyond the node's own handling, US$/t. Default 0.</summary>
    public double TransferCostUsdPerTonne { get; init; }

    /// <summary>Extra time of a change of mode at a node beyond the node's own handling, hours. Default 0.</summary>
    public double TransferHours { get; init; }

    /// <summary>
    /// Hub emissions at a change of mode (ISO 14083 hub operation category), kg CO2e per tonne
    /// transhipped. Default 1.0 (estimate of the order of the GLEC Framework's default hub intensities).
    /// </summary>
    public double HubCo2KgPerTonne { get; init; } = 1.0;

    /// <summary>Checks the invariants; throws <see cref="ArgumentOutOfRangeException"/> on a bad value.</summary>
    public CostParameters Validated()
    {
        Require(CarbonPriceUsdPerTonneCo2 >= 0, nameof(CarbonPriceUsdPerTonneCo2));
        Require(TimeQuantile is null or (> 0 and < 1), nameof(TimeQuantile));
        Require(RiskPremiumShareOfValue >= 0, nameof(RiskPremiumShareOfValue));
        Require(PoliticalDisruptionsPerYearAtWorst >= 0, nameof(PoliticalDisruptionsPerYearAtWorst));
        Require(UnknownPoliticalStability is >= -2.5 and <= 2.5, nameof(UnknownPoliticalStability));
        Require(ChokepointPassageHours >= 0, nameof(ChokepointPassageHours));
        Require(TransferCostUsdPerTonne >= 0, nameof(TransferCostUsdPerTonne));
        Require(TransferHours >= 0, nameof(TransferHours));
        Require(HubCo2KgPerTonne >= 0, nameof(HubCo2KgPerTonne));
        return this;
    }

    private static void Require(bool ok, string name)
    {
        if (!ok)
            throw new ArgumentOutOfRangeException(name, "cost parameter out of range");
    }
}
