using Caravan.Core.Network;

namespace Caravan.Core.Scenarios;

/// <summary>
/// Switches border crossings to digital customs (eTIR, e-CMR, electronic CIM/SMGS): their dwell becomes
/// the dataset's <c>dwell_digital_h</c>. Names borders directly, or every border in a list of countries.
/// </summary>
public sealed record DigitiseCustomsEdit : ScenarioEdit
{
    /// <summary>Border nodes (ports and terminals named here that are not borders are an error).</summary>
    public IReadOnlyList<ScenarioRef> Nodes { get; init; } = [];

    /// <summary>Countries whose every border node goes digital.</summary>
    public IReadOnlyList<ScenarioRef> Countries { get; init; } = [];

    /// <inheritdoc />
    public override string Type => "digitise_customs";

    /// <inheritdoc />
    public override string Describe() => $"digital customs at {List(Nodes.Concat(Countries))}";

    internal override void Check(ScenarioCheck check)
    {
        check.Nodes(Nodes);
        check.Countries(Countries);
        foreach (var r in Nodes)
        {
            if (check.Dataset.FindNode(r.Id) is { } node && node.CustomsRegime is null)
                check.Fail(r.Line, r.Column, $"node '{r.Id}' has no customs regime to digitise (kind {SnakeCase.Name(node.Kind)}); name border crossings");
        }
    }

    internal override void Apply(ScenarioWorkspace workspace)
    {
        var ids = Nodes.Select(n => n.Id).Concat(Countries.SelectMany(c => workspace.NodesIn(c.Id)));
        foreach (var id in ids)
            workspace.EditNode(id, n => n.CustomsRegime is null ? n : n with { CustomsRegime = CustomsRegime.Digital });
    }
}
