namespace Caravan.Core.Scenarios;

/// <summary>
/// Changes freight rates of links and handling costs of nodes: new = old × <see cref="Factor"/> +
/// <see cref="AddUsdPerTonne"/>, never below zero (a tariff, a surcharge, a discount).
/// </summary>
public sealed record ChangeCostEdit : ScenarioEdit
{
    /// <summary>Links whose freight rate changes.</summary>
    public IReadOnlyList<ScenarioRef> Links { get; init; } = [];

    /// <summary>Nodes whose handling cost changes.</summary>
    public IReadOnlyList<ScenarioRef> Nodes { get; init; } = [];

    /// <summary>Multiplier, ≥ 0.</summary>
    public double Factor { get; init; } = 1;

    /// <summary>US$/t added after the multiplier.</summary>
    public double AddUsdPerTonne { get; init; }

    /// <inheritdoc />
    public override string Type => "change_cost";

    /// <inheritdoc />
    public override string Describe() => $"cost ×{Factor} + {AddUsdPerTonne} US$/t on {List(Links.Concat(Nodes))}";

    internal override void Check(ScenarioCheck check)
    {
        check.Links(Links);
        check.Nodes(Nodes);
    }

    internal override void Apply(ScenarioWorkspace workspace)
    {
        foreach (var link in Links)
            workspace.EditLink(link.Id, l => l with { CostUsdPerTonne = Math.Max(0, l.CostUsdPerTonne * Factor + AddUsdPerTonne), CostFromTariff = false });
        foreach (var node in Nodes)
            workspace.EditNode(node.Id, n => n with { HandlingCostUsdPerTonne = Math.Max(0, n.HandlingCostUsdPerTonne * Factor + AddUsdPerTonne) });
    }
}
