using System.Text.Json.Serialization;

namespace Caravan.Optimization.Investment;

/// <summary>
/// The final Monte Carlo check of a portfolio: the discrete-event simulation of the baseline and of the
/// baseline with the portfolio built, under each scenario, with common random numbers.
/// </summary>
/// <param name="Runs">Replications per simulation.</param>
/// <param name="Seed">Root seed shared by both sides of every pair (common random numbers).</param>
/// <param name="Skipped">Why nothing was simulated (an empty portfolio), or null.</param>
/// <param name="Scenarios">Per scenario, every pair's figures; empty when skipped.</param>
public sealed record PortfolioCheckResult(int Runs, ulong Seed, string? Skipped, IReadOnlyList<ScenarioPortfolioCheck> Scenarios)
{
    /// <summary>Wall time of all simulations. Left out of JSON so the same seed gives the same output byte for byte.</summary>
    [JsonIgnore]
    public TimeSpan WallTime { get; init; }
}
