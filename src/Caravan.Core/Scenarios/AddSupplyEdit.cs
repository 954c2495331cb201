namespace Caravan.Core.Scenarios;

/// <summary>
/// Adds supply of a commodity at a node, t/yr (a new refinery, a mine expansion); negative tonnes
/// reduce it, never below zero.
/// </summary>
public sealed record AddSupplyEdit : ScenarioEdit
{
    /// <summary>Where the supply is.</summary>
    public required ScenarioRef Node { get; init; }

    /// <summary>What is supplied.</summary>
    public required ScenarioRef Commodity { get; init; }

    /// <summary>Tonnes per year added.</summary>
    public required double TonnesPerYear { get; init; }

    /// <inheritdoc />
    public override string Type => "add_supply";

    /// <inheritdoc />
    public override string Describe() => $"supply {TonnesPerYear:+0.###;-0.###} t/yr of {Commodity.Id} at {Node.Id}";

    internal override void Check(ScenarioCheck check)
    {
        check.Nodes([Node]);
        check.Commodity(Commodity);
    }

    internal override void Apply(ScenarioWorkspace workspace) => workspace.AddSupply(Node.Id, Commodity.Id, TonnesPerYear);
}
