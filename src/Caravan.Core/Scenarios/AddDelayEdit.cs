namespace Caravan.Core.Scenarios;

/// <summary>
/// Adds a constant number of hours to the transit time of links and to the handling time of nodes
/// (and, at borders, to the customs dwell under both regimes). Negative hours shorten, never below zero.
/// </summary>
public sealed record AddDelayEdit : ScenarioEdit
{
    /// <summary>Links that slow down.</summary>
    public IReadOnlyList<ScenarioRef> Links { get; init; } = [];

    /// <summary>Nodes that slow down.</summary>
    public IReadOnlyList<ScenarioRef> Nodes { get; init; } = [];

    /// <summary>Hours added.</summary>
    public required double Hours { get; init; }

    /// <inheritdoc />
    public override string Type => "add_delay";

    /// <inheritdoc />
    public override string Describe() => $"add {Hours} h at {List(Links.Concat(Nodes))}";

    internal override void Check(ScenarioCheck check)
    {
        check.Links(Links);
        check.Nodes(Nodes);
    }

    internal override void Apply(ScenarioWorkspace workspace)
    {
        foreach (var link in Links)
            workspace.EditLink(link.Id, l => l with { TransitTimeHours = l.TransitTimeHours.Shift(Hours) });
        foreach (var node in Nodes)
        {
            workspace.EditNode(node.Id, n => n.CustomsRegime is null
                ? n with { HandlingTimeHours = n.HandlingTimeHours.Shift(Hours) }
                : n with { DwellPaperHours = n.DwellPaperHours?.Shift(Hours), DwellDigitalHours = n.DwellDigitalHours?.Shift(Hours) });
        }
    }
}
