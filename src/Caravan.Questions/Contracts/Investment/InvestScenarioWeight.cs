namespace Caravan.Questions.Contracts;

/// <summary>A scenario of the stochastic program and its probability.</summary>
/// <param name="Name">The scenario (names joined by '+').</param>
/// <param name="Probability">Its weight; the weights sum to 1.</param>
public sealed record InvestScenarioWeight(string Name, double Probability);
