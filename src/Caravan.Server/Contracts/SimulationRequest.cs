namespace Caravan.Server.Contracts;

/// <summary>A simulation to start: the shipment and route question, how many replications, the seed.</summary>
public sealed record SimulationRequest
{
    /// <summary>Origin node: id or unique name.</summary>
    public string? From { get; init; }

    /// <summary>Destination node: id or unique name.</summary>
    public string? To { get; init; }

    /// <summary>Commodity id or name; default: what the origin supplies.</summary>
    public string? Commodity { get; init; }

    /// <summary>Shipment size, t (default 1).</summary>
    public double? Tonnes { get; init; }

    /// <summary>Countries to avoid, comma-separated.</summary>
    public string? AvoidCountries { get; init; }

    /// <summary>Modes to avoid, comma-separated.</summary>
    public string? AvoidModes { get; init; }

    /// <summary>Chokepoints to avoid, comma-separated.</summary>
    public string? AvoidChokepoints { get; init; }

    /// <summary>Scenarios to apply, comma-separated.</summary>
    public string? Scenario { get; init; }

    /// <summary>Monte Carlo replications (default 2,000; at most the server's limit).</summary>
    public int? Replications { get; init; }

    /// <summary>Random seed (default 1): the same seed gives the same results.</summary>
    public long? Seed { get; init; }

    /// <summary>Promised lead time, days; the results then give the share of shipments on time.</summary>
    public double? OnTimeDays { get; init; }

    /// <summary>The route part of the request.</summary>
    public RouteParameters Route() => new()
    {
        From = From,
        To = To,
        Commodity = Commodity,
        Tonnes = Tonnes,
        AvoidCountries = AvoidCountries,
        AvoidModes = AvoidModes,
        AvoidChokepoints = AvoidChokepoints,
        Scenario = Scenario,
    };
}
