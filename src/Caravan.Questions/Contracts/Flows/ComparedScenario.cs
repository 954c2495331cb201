using Caravan.Optimization.Flows;

namespace Caravan.Questions.Contracts;

/// <summary>One scenario set of a comparison.</summary>
/// <param name="Scenario">The set, names joined with '+'.</param>
/// <param name="Status">How its solve ended.</param>
/// <param name="TotalCostUsd">Its cost over the period, US$; null without a flow.</param>
/// <param name="DeltaCostUsd">Its cost minus the reference's, US$.</param>
/// <param name="UnmetTonnes">Its unmet demand, t.</param>
/// <param name="DeltaUnmetTonnes">Its unmet demand minus the reference's, t.</param>
/// <param name="Bottlenecks">Its binding capacities.</param>
public sealed record ComparedScenario(
    string Scenario, FlowStatus Status, double? TotalCostUsd, double? DeltaCostUsd, double UnmetTonnes, double DeltaUnmetTonnes,
    IReadOnlyList<BottleneckView> Bottlenecks);
