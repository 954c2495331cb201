using Caravan.Core.Distributions;

namespace Caravan.Core.Scenarios;

/// <summary>Replaces the transit-time distribution of links (hours), e.g. a slower crossing.</summary>
public sealed record SetTransitTimeEdit : ScenarioEdit
{
    /// <summary>Links to change.</summary>
    public IReadOnlyList<ScenarioRef> Links { get; init; } = [];

    /// <summary>The new transit time, hours.</summary>
    public required Distribution Hours { get; init; }

    /// <inheritdoc />
    public override string Type => "set_transit_time";

    /// <inheritdoc />
    public override string Describe() => $"transit time {Hours.Syntax} h on {List(Links)}";

    internal override void Check(ScenarioCheck check) => check.Links(Links);

    internal override void Apply(ScenarioWorkspace workspace)
    {
        foreach (var link in Links)
            workspace.EditLink(link.Id, l => l with { TransitTimeHours = Hours });
    }
}
