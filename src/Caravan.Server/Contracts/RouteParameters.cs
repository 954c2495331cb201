namespace Caravan.Server.Contracts;

/// <summary>
/// A route question, as query parameters of <c>GET /api/routes</c> (and the dashboard's planner
/// URL) or as the body of <c>POST /api/routes</c>. Lists are comma-separated.
/// </summary>
public sealed record RouteParameters
{
    /// <summary>Origin node: id or unique name.</summary>
    public string? From { get; init; }

    /// <summary>Destination node: id or unique name.</summary>
    public string? To { get; init; }

    /// <summary>Commodity id or name; default: what the origin supplies.</summary>
    public string? Commodity { get; init; }

    /// <summary>Shipment size, t (default 1).</summary>
    public double? Tonnes { get; init; }

    /// <summary>Countries to avoid, ISO alpha-2, comma-separated.</summary>
    public string? AvoidCountries { get; init; }

    /// <summary>Modes to avoid (rail, road, sea, ferry, air), comma-separated.</summary>
    public string? AvoidModes { get; init; }

    /// <summary>Chokepoints to avoid (ids), comma-separated.</summary>
    public string? AvoidChokepoints { get; init; }

    /// <summary>Nodes to avoid (ids or names), comma-separated.</summary>
    public string? AvoidNodes { get; init; }

    /// <summary>Most changes of mode.</summary>
    public int? MaxModeChanges { get; init; }

    /// <summary>Most expected door-to-door days.</summary>
    public double? MaxDays { get; init; }

    /// <summary>How many alternatives (1 to 10, default 1).</summary>
    public int? Alternatives { get; init; }

    /// <summary>True: the Pareto set over money, time, CO2 and risk instead of alternatives.</summary>
    public bool? Pareto { get; init; }

    /// <summary>Scenarios to apply first, in order, comma-separated; default baseline.</summary>
    public string? Scenario { get; init; }
}
