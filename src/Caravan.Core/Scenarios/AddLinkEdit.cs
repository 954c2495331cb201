using Caravan.Core.Network;

namespace Caravan.Core.Scenarios;

/// <summary>
/// Opens a new link (a new rail line, ferry service, road): the whole record is given. Its end nodes
/// must exist in the dataset or be added by an earlier <c>add_node</c> edit. Investment projects use it
/// for the links they build; a scenario can use it for a service that opens.
/// </summary>
public sealed record AddLinkEdit : ScenarioEdit
{
    /// <summary>The new link; its id must be new.</summary>
    public required Link Link { get; init; }

    /// <inheritdoc />
    public override string Type => "add_link";

    /// <inheritdoc />
    public override string Describe() =>
        $"new {SnakeCase.Name(Link.Mode)} link {Link.Id} {Link.From}→{Link.To}"
        + (Link.Capacity is { } c ? $", {c.PerDay:0} {c.UnitText}/day" : "");

    internal override void Check(ScenarioCheck check)
    {
        if (check.Dataset.Network.LinkIndex(Link.Id) >= 0)
            check.Fail(Line, Column, $"link '{Link.Id}' already exists; a new link needs a new id");
        check.Nodes([new ScenarioRef(Link.From, Line, Column), new ScenarioRef(Link.To, Line, Column)]);
        // The dataset's rules for a link row: two different ends, and countries the dataset knows.
        if (Link.From == Link.To)
            check.Fail(Line, Column, $"link '{Link.Id}' goes from node '{Link.From}' to itself");
        check.Countries(Link.Countries.Select(c => new ScenarioRef(c, Line, Column)));
        check.Chokepoints(Link.Chokepoints.Select(c => new ScenarioRef(c, Line, Column)));
        check.CapacityUnit(Link.Capacity, $"link '{Link.Id}'", Line, Column);
    }

    internal override void Apply(ScenarioWorkspace workspace) => workspace.AddLink(Link);
}
