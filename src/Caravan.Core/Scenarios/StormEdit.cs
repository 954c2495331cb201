using Caravan.Core.Distributions;
using Caravan.Core.Network;

namespace Caravan.Core.Scenarios;

/// <summary>
/// Gives links and nodes random closures (storms, ice, port shutdowns): a rate per year, a duration
/// distribution in hours and, optionally, month weights that concentrate the year's closures in some
/// months; the simulator draws them. Replaces any disruption already set. Flows see the expected
/// closed share of their period: capacity × (1 − closed hours in the period / its hours).
/// </summary>
public sealed record StormEdit : ScenarioEdit
{
    /// <summary>Links that close in storms.</summary>
    public IReadOnlyList<ScenarioRef> Links { get; init; } = [];

    /// <summary>Nodes (ports) that close in storms.</summary>
    public IReadOnlyList<ScenarioRef> Nodes { get; init; } = [];

    /// <summary>Expected closures per year, ≥ 0.</summary>
    public required double ClosuresPerYear { get; init; }

    /// <summary>Length of one closure, hours.</summary>
    public required Distribution DurationHours { get; init; }

    /// <summary>Relative weight of each month in the year's closures (January first); null = spread evenly.</summary>
    public MonthProfile? MonthWeights { get; init; }

    /// <inheritdoc />
    public override string Type => "storms";

    /// <inheritdoc />
    public override string Describe() =>
        $"{ClosuresPerYear} closures/yr of {DurationHours.Syntax} h{(MonthWeights is { } w ? $" (month weights {w.Syntax})" : "")} at {List(Links.Concat(Nodes))}";

    internal override void Check(ScenarioCheck check)
    {
        check.Links(Links);
        check.Nodes(Nodes);
    }

    internal override void Apply(ScenarioWorkspace workspace)
    {
        var disruption = new Disruption(ClosuresPerYear, DurationHours) { MonthWeights = MonthWeights };
        foreach (var link in Links)
            workspace.EditLink(link.Id, l => l with { Disruption = disruption });
        foreach (var node in Nodes)
            workspace.EditNode(node.Id, n => n with { Disruption = disruption });
    }
}
