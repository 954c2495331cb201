namespace Caravan.Core.Simulation;

/// <summary>Lead-time summary, days: mean and percentiles (or, as a half-width, their 95 % confidence margins).</summary>
/// <param name="Mean">Mean.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="P99">99th percentile.</param>
public sealed record LeadTimeDays(double Mean, double P50, double P90, double P95, double P99);
