namespace Caravan.Core.Scenarios;

/// <summary>Multiplies the capacity of links and nodes (in whatever unit it is given) by a factor; unlimited capacity stays unlimited.</summary>
public sealed record ScaleCapacityEdit : ScenarioEdit
{
    /// <summary>Links to scale.</summary>
    public IReadOnlyList<ScenarioRef> Links { get; init; } = [];

    /// <summary>Nodes to scale.</summary>
    public IReadOnlyList<ScenarioRef> Nodes { get; init; } = [];

    /// <summary>Multiplier, ≥ 0 (0.5 halves, 2 doubles).</summary>
    public required double Factor { get; init; }

    /// <inheritdoc />
    public override string Type => "scale_capacity";

    /// <inheritdoc />
    public override string Describe() => $"scale capacity ×{Factor} on {List(Links.Concat(Nodes))}";

    internal override void Check(ScenarioCheck check)
    {
        check.Links(Links);
        check.Nodes(Nodes);
    }

    internal override void Apply(ScenarioWorkspace workspace)
    {
        foreach (var link in Links)
            workspace.EditLink(link.Id, l => l with
            {
                CapacityTonnesPerDay = l.CapacityTonnesPerDay * Factor,
                CapacityTeuPerDay = l.CapacityTeuPerDay * Factor,
                CapacityWagonsPerDay = l.CapacityWagonsPerDay * Factor,
            });
        foreach (var node in Nodes)
            workspace.EditNode(node.Id, n => n with
            {
                CapacityTonnesPerDay = n.CapacityTonnesPerDay * Factor,
                CapacityTeuPerDay = n.CapacityTeuPerDay * Factor,
                CapacityWagonsPerDay = n.CapacityWagonsPerDay * Factor,
            });
    }
}
