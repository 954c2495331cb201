namespace Caravan.Questions.Contracts;

/// <summary>A scenario's effect on the mean lead time over all lots, paired replication by replication with the baseline (common random numbers).</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="MeanLeadTimeDaysDelta">Mean of (scenario − baseline) per replication, days.</param>
/// <param name="HalfWidth95">Half-width of its 95 % confidence interval, days.</param>
/// <param name="PairedReplications">Replications where both delivered something.</param>
public sealed record ScenarioDifference(string Scenario, double MeanLeadTimeDaysDelta, double HalfWidth95, int PairedReplications);
