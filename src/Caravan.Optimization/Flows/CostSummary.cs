namespace Caravan.Optimization.Flows;

/// <summary>The flow's total cost split by cause, US$ over the period (the routing cost model's parts).</summary>
/// <param name="FreightUsd">Freight rates.</param>
/// <param name="HandlingUsd">Handling and border fees, origins included.</param>
/// <param name="TimeUsd">Value of the cargo's time in transit, waits and dwell.</param>
/// <param name="Co2Usd">CO2 at the carbon price.</param>
/// <param name="RiskUsd">Disruption risk premium.</param>
/// <param name="PenaltyUsd">Unmet demand at its penalty.</param>
public sealed record CostSummary(double FreightUsd, double HandlingUsd, double TimeUsd, double Co2Usd, double RiskUsd, double PenaltyUsd)
{
    /// <summary>The sum, equal to the solver's objective up to rounding.</summary>
    public double TotalUsd => FreightUsd + HandlingUsd + TimeUsd + Co2Usd + RiskUsd + PenaltyUsd;
}
