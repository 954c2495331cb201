namespace Caravan.Questions.Routes;

/// <summary>
/// A route question as text: the query parameters of <c>GET /api/routes</c> (and the dashboard
/// planner's URL), the body of <c>POST /api/routes</c>, and the options of <c>caravan route</c>.
/// Lists are comma-separated. <see cref="RouteQuestion.ParseAsync"/> reads it.
/// </summary>
public sealed record RouteFields
{
    /// <summary>Origin node: id or unique name.</summary>
    public string? From { get; init; }

    /// <summary>Destination node: id or unique name.</summary>
    public string? To { get; init; }

    /// <summary>Commodity id, name or mineral; default: what the origin supplies, else the dataset's first.</summary>
    public string? Commodity { get; init; }

    /// <summary>Shipment size, t (default 1).</summary>
    public double? Tonnes { get; init; }

    /// <summary>Countries to avoid, ISO alpha-2, comma-separated.</summary>
    public string? AvoidCountries { get; init; }

    /// <summary>Modes to avoid (rail, road, sea, ferry, air, inland_water), comma-separated.</summary>
    public string? AvoidModes { get; init; }

    /// <summary>Chokepoints to avoid (ids), comma-separated.</summary>
    public string? AvoidChokepoints { get; init; }

    /// <summary>Nodes to avoid (ids or names), comma-separated.</summary>
    public string? AvoidNodes { get; init; }

    /// <summary>Links to avoid (ids), comma-separated.</summary>
    public string? AvoidLinks { get; init; }

    /// <summary>Most changes of mode.</summary>
    public int? MaxModeChanges { get; init; }

    /// <summary>Most expected door-to-door days.</summary>
    public double? MaxDays { get; init; }

    /// <summary>How many genuinely different routes (1 to 10, default 1).</summary>
    public int? Alternatives { get; init; }

    /// <summary>With alternatives: skip a route when more than this share of its cost lies on links already shown (default 0.8; 1 = plain Yen).</summary>
    public double? MaxShared { get; init; }

    /// <summary>True: the Pareto set over money, time, CO2 and risk instead of alternatives.</summary>
    public bool? Pareto { get; init; }

    /// <summary>With the Pareto set: ε-dominance to bound the work (default 0, exact).</summary>
    public double? Epsilon { get; init; }

    /// <summary>Carbon price, US$ per t CO2e (default 100).</summary>
    public double? CarbonPrice { get; init; }

    /// <summary>Use this quantile of every time distribution instead of the mean (0 to 1, exclusive).</summary>
    public double? TimeQuantile { get; init; }

    /// <summary>Scenarios to apply first, in order, comma-separated; default the dataset as it is.</summary>
    public string? Scenario { get; init; }
}
