using Caravan.Core.Scenarios;

namespace Caravan.Optimization.Investment;

/// <summary>One disruption scenario of the stochastic program: scenarios composed in order, with a probability.</summary>
/// <param name="Name">Label for reports.</param>
/// <param name="Scenarios">The scenarios applied, in order (empty = the dataset as it is).</param>
/// <param name="Probability">Weight, &gt; 0; weights are normalised to sum to 1.</param>
public sealed record WeightedScenario(string Name, IReadOnlyList<Scenario> Scenarios, double Probability);
