namespace Caravan.Optimization.Flows;

/// <summary>A capacity that binds under a scenario but not under the reference.</summary>
/// <param name="Scenario">The scenario's label.</param>
/// <param name="Bottleneck">The binding capacity and its value.</param>
public sealed record NewBottleneck(string Scenario, Bottleneck Bottleneck);
