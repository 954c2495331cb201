namespace Caravan.Optimization.Investment;

/// <summary>Lead-time tail and stock-out figures of one origin–destination pair in a simulation (or their change).</summary>
/// <param name="MeanDays">Mean lead time, days; null when nothing arrived.</param>
/// <param name="P95Days">95th percentile of the lead time, days; null when nothing arrived.</param>
/// <param name="P99Days">99th percentile of the lead time, days; null when nothing arrived.</param>
/// <param name="StockoutProbability">Fraction of replications in which the destination ran out of stock.</param>
public sealed record CheckFigures(double? MeanDays, double? P95Days, double? P99Days, double StockoutProbability);
