namespace Caravan.Questions.Contracts;

/// <summary>Our SR beside the published EU 2023 SR (<c>caravan risk compare --format json</c>).</summary>
/// <param name="Comparison">The comparison.</param>
/// <param name="Note">Which tables were used.</param>
public sealed record RiskComparisonAnswer(RiskComparisonView Comparison, string Note);
