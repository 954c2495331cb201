namespace Caravan.Questions.Contracts;

/// <summary>A flow's cost split by cause over the period, US$.</summary>
/// <param name="FreightUsd">Freight.</param>
/// <param name="HandlingUsd">Handling and fees.</param>
/// <param name="TimeUsd">Value of the time in transit.</param>
/// <param name="Co2Usd">Price of the CO2.</param>
/// <param name="RiskUsd">Risk premium.</param>
/// <param name="PenaltyUsd">Penalties for unmet demand.</param>
public sealed record CostView(double FreightUsd, double HandlingUsd, double TimeUsd, double Co2Usd, double RiskUsd, double PenaltyUsd);
