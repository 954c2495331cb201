namespace Caravan.Core.Scenarios;

/// <summary>
/// Closes countries, nodes, links and chokepoints, for the whole horizon (they are removed from the
/// dataset, with every link that would dangle) or for a window of days (recorded as closures that the
/// simulator enforces and flows turn into lost capacity).
/// </summary>
public sealed record CloseEdit : ScenarioEdit
{
    /// <summary>Countries whose nodes and crossing links close.</summary>
    public IReadOnlyList<ScenarioRef> Countries { get; init; } = [];

    /// <summary>Nodes that close, with the links that touch them.</summary>
    public IReadOnlyList<ScenarioRef> Nodes { get; init; } = [];

    /// <summary>Links that close.</summary>
    public IReadOnlyList<ScenarioRef> Links { get; init; } = [];

    /// <summary>Chokepoints whose links close.</summary>
    public IReadOnlyList<ScenarioRef> Chokepoints { get; init; } = [];

    /// <summary>When; null = the whole horizon.</summary>
    public DayWindow? Window { get; init; }

    /// <inheritdoc />
    public override string Type => "close";

    /// <inheritdoc />
    public override string Describe()
    {
        var parts = new List<string>();
        if (Countries.Count > 0) parts.Add($"countries {List(Countries)}");
        if (Nodes.Count > 0) parts.Add($"nodes {List(Nodes)}");
        if (Links.Count > 0) parts.Add($"links {List(Links)}");
        if (Chokepoints.Count > 0) parts.Add($"chokepoints {List(Chokepoints)}");
        var when = Window is null ? "for the whole horizon" : $"from day {Window.StartDay} to day {Window.EndDay}";
        return $"close {string.Join("; ", parts)} {when}";
    }

    internal override void Check(ScenarioCheck check)
    {
        check.Countries(Countries);
        check.Nodes(Nodes);
        check.Links(Links);
        check.Chokepoints(Chokepoints);
    }

    internal override void Apply(ScenarioWorkspace workspace)
    {
        var nodes = new List<string>(Nodes.Select(n => n.Id));
        var links = new List<string>(Links.Select(l => l.Id));
        foreach (var country in Countries.Select(c => c.Id))
        {
            nodes.AddRange(workspace.NodesIn(country));
            links.AddRange(workspace.LinksCrossing(country));
        }
        foreach (var chokepoint in Chokepoints.Select(c => c.Id))
            links.AddRange(workspace.LinksPassing(chokepoint));
        foreach (var node in nodes.Distinct(StringComparer.Ordinal))
            workspace.CloseNode(node, Window);
        foreach (var link in links.Distinct(StringComparer.Ordinal))
            workspace.CloseLink(link, Window);
    }
}
