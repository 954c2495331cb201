namespace Caravan.Server.Contracts;

/// <summary>
/// A simulation to start: lots of every (or the named) commodity move from supply to demand points
/// through the network under the scenarios, for a horizon, many replications (the discrete-event
/// simulator of <c>caravan simulate</c>).
/// </summary>
public sealed record SimulationRequest
{
    /// <summary>Commodities to move (ids or names), comma-separated; default every commodity.</summary>
    public string? Commodity { get; init; }

    /// <summary>Scenarios to apply, in order, comma-separated; default baseline.</summary>
    public string? Scenario { get; init; }

    /// <summary>Monte Carlo replications (default 200; at most the server's limit).</summary>
    public int? Replications { get; init; }

    /// <summary>Root seed (default 1): the same seed gives the same results.</summary>
    public long? Seed { get; init; }

    /// <summary>Simulated days per replication, warm-up included (default 365).</summary>
    public double? HorizonDays { get; init; }

    /// <summary>Days at the start of each replication left out of the statistics (default 30).</summary>
    public double? WarmupDays { get; init; }

    /// <summary>Tonnes per lot (default: a week's output of each supply point).</summary>
    public double? LotTonnes { get; init; }

    /// <summary>How lots are released at supply points: <c>poisson</c> (default) or <c>fixed</c>.</summary>
    public string? Arrivals { get; init; }
}
