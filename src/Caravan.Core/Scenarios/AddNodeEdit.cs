using Caravan.Core.Network;

namespace Caravan.Core.Scenarios;

/// <summary>
/// Opens a new node (a new port, terminal or dry port): the whole record is given. Links to it come
/// from <c>add_link</c> edits after it.
/// </summary>
public sealed record AddNodeEdit : ScenarioEdit
{
    /// <summary>The new node; its id must be new.</summary>
    public required Node Node { get; init; }

    /// <inheritdoc />
    public override string Type => "add_node";

    /// <inheritdoc />
    public override string Describe() =>
        $"new {SnakeCase.Name(Node.Kind)} {Node.Id} ({Node.Country})"
        + (Node.Capacity is { } c ? $", {c.PerDay:0} {c.UnitText}/day" : "");

    internal override void Check(ScenarioCheck check)
    {
        if (check.Dataset.Network.NodeIndex(Node.Id) >= 0)
            check.Fail(Line, Column, $"node '{Node.Id}' already exists; a new node needs a new id");
        check.AddedNodes.Add(Node.Id);
        // The dataset's rules for a node row: its country must be one the dataset knows.
        check.Countries([new ScenarioRef(Node.Country, Line, Column)]);
        check.CapacityUnit(Node.Capacity, $"node '{Node.Id}'", Line, Column);
    }

    internal override void Apply(ScenarioWorkspace workspace) => workspace.AddNode(Node);
}
