using Caravan.Core.Network;

namespace Caravan.Core.Scenarios;

/// <summary>
/// Sets the capacity of links and nodes month by month: a factor per calendar month (January first)
/// multiplies the stated capacity, in whatever unit it is given (a low-water season at a port, ice on
/// a river). Replaces any seasonal factors already set; unlimited capacity stays unlimited. Flows use
/// the mean factor over their period; the simulator loads scheduled and ferry sailings by the month's factor.
/// </summary>
public sealed record SeasonalCapacityEdit : ScenarioEdit
{
    /// <summary>Links whose capacity varies.</summary>
    public IReadOnlyList<ScenarioRef> Links { get; init; } = [];

    /// <summary>Nodes whose capacity varies.</summary>
    public IReadOnlyList<ScenarioRef> Nodes { get; init; } = [];

    /// <summary>Capacity factor of each month, ≥ 0 (0.8 = four fifths of the stated capacity).</summary>
    public required MonthProfile MonthFactors { get; init; }

    /// <inheritdoc />
    public override string Type => "seasonal_capacity";

    /// <inheritdoc />
    public override string Describe() => $"capacity by month ×{MonthFactors.Syntax} on {List(Links.Concat(Nodes))}";

    internal override void Check(ScenarioCheck check)
    {
        check.Links(Links);
        check.Nodes(Nodes);
    }

    internal override void Apply(ScenarioWorkspace workspace)
    {
        foreach (var link in Links)
            workspace.EditLink(link.Id, l => l with { CapacityMonthFactors = MonthFactors });
        foreach (var node in Nodes)
            workspace.EditNode(node.Id, n => n with { CapacityMonthFactors = MonthFactors });
    }
}
