namespace Caravan.Questions.Simulations;

/// <summary>
/// A simulation as text: the body of <c>POST /api/simulations</c> and the options of <c>caravan simulate</c>.
/// Lots of every (or the named) commodity move from supply to demand points through the network
/// under the scenarios, for a horizon, many replications.
/// </summary>
public sealed record SimulationFields
{
    /// <summary>Commodities to move (ids, names or minerals), comma-separated; default every commodity.</summary>
    public string? Commodity { get; init; }

    /// <summary>
    /// Only supply in these countries ships (ISO alpha-2), comma-separated; default all. As in a flow
    /// question (<c>origins</c>): the lots follow the flow plan of what these origins can deliver.
    /// </summary>
    public string? Origins { get; init; }

    /// <summary>Scenarios, in order, comma-separated; composed into one run, or each against the baseline with <see cref="Compare"/>.</summary>
    public string? Scenario { get; init; }

    /// <summary>True: simulate the baseline and each scenario alone with common random numbers, and compare.</summary>
    public bool? Compare { get; init; }

    /// <summary>Monte Carlo replications (default 200; at most the host's limit).</summary>
    public int? Replications { get; init; }

    /// <summary>Root seed (default 1): the same seed gives the same results.</summary>
    public long? Seed { get; init; }

    /// <summary>Simulated days per replication, warm-up included (default 365).</summary>
    public double? HorizonDays { get; init; }

    /// <summary>Days at the start of each replication left out of the statistics (default 30, or half a shorter horizon).</summary>
    public double? WarmupDays { get; init; }

    /// <summary>Tonnes per lot (default: a week's output of each supply point).</summary>
    public double? LotTonnes { get; init; }

    /// <summary>How lots are released at supply points: <c>poisson</c> (default) or <c>fixed</c>.</summary>
    public string? Arrivals { get; init; }
}
