namespace Caravan.Core.Scenarios;

/// <summary>
/// Switches trade rules off (<c>trade-rules.csv</c> ids): routing, flows and the simulator then ignore
/// them, so comparing with the scenario without the edit shows what the rule costs.
/// </summary>
public sealed record LiftRuleEdit : ScenarioEdit
{
    /// <summary>The rules lifted.</summary>
    public IReadOnlyList<ScenarioRef> Rules { get; init; } = [];

    /// <inheritdoc />
    public override string Type => "lift_rule";

    /// <inheritdoc />
    public override string Describe() => $"lift trade rules {List(Rules)}";

    internal override void Check(ScenarioCheck check) => check.Rules(Rules);

    internal override void Apply(ScenarioWorkspace workspace)
    {
        foreach (var rule in Rules)
            workspace.LiftRule(rule.Id);
    }
}
