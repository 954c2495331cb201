namespace Caravan.Core.Simulation;

/// <summary>Parameters of a Monte Carlo run. Every field is recorded in the run's manifest.</summary>
public sealed record SimulationOptions
{
    /// <summary>Replications (≥ 1).</summary>
    public int Replications { get; init; } = 100;

    /// <summary>Simulated horizon of one replication, days (including the warm-up).</summary>
    public double HorizonDays { get; init; } = Hours.DaysPerYear;

    /// <summary>Warm-up, days: statistics ignore what starts before it, so queues start from a typical state.</summary>
    public double WarmupDays { get; init; } = 30;

    /// <summary>Root seed of every random stream.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>
    /// Tonnes per lot; null = per supply point, a week's output (annual tonnes ÷ 52), so every source
    /// ships weekly: 0.3 t of gallium from Pavlodar, a 500-t uranium train, a 440-kt chromite convoy.
    /// </summary>
    public double? LotTonnes { get; init; }

    /// <summary>Commodities to move; null or empty = all. The flagship moves gallium and U3O8 only.</summary>
    public IReadOnlyList<string>? Commodities { get; init; }

    /// <summary>How lots are released at supply nodes.</summary>
    public ArrivalProcess Arrivals { get; init; } = ArrivalProcess.Poisson;

    /// <summary>A lot re-plans its route when a closure on its remaining path still has more than this many hours to run.</summary>
    public double RerouteThresholdHours { get; init; } = 72;

    /// <summary>Promised lead time = this factor × the planned (expected) time of the baseline route.</summary>
    public double PromisedLeadTimeFactor { get; init; } = 1.25;

    /// <summary>Extra handling where the rail gauge changes (transshipment or bogie exchange), hours: Dostyk's 4 h 15 min train processing (2016).</summary>
    public double GaugeChangeHours { get; init; } = 4.25;

    /// <summary>Longest a ferry waits for cargo before sailing part-full, hours, where the link gives no departures per week.</summary>
    public double FerryMaxWaitHours { get; init; } = 72;

    /// <summary>Replications per batch. Batches are the unit of parallel work and are merged in order, so results never depend on the thread count.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>
    /// Most lots one replication may release; past it the run stops (<see cref="SimulationLimitException"/>).
    /// Each lot costs about 100 bytes while the replication runs, so this bounds the memory of one thread.
    /// A model expected to release more than half of it is refused before it starts (<see cref="SimulationModel.WorkProblem"/>).
    /// </summary>
    public int MaxLotsPerReplication { get; init; } = 1_000_000;

    /// <summary>Most events one replication may handle (a lot makes some tens); past it the run stops.</summary>
    public long MaxEventsPerReplication { get; init; } = 100_000_000;

    /// <summary>Largest lot, tonnes: a year of the largest supply the dataset allows.</summary>
    public const double MaxLotTonnes = Data.FieldLimits.MaxTonnesPerYear;

    /// <summary>Most threads to use; null = all cores. Never changes the results.</summary>
    public int? MaxThreads { get; init; }

    /// <summary>Record the queue length over time of every resource in replication 0 (for plots).</summary>
    public bool TraceQueues { get; init; }

    /// <summary>Warm-up in hours.</summary>
    public double WarmupHours => Hours.FromDays(WarmupDays);

    /// <summary>Horizon in hours.</summary>
    public double HorizonHours => Hours.FromDays(HorizonDays);

    /// <summary>Throws when a parameter is out of range (a programmer error; the CLI checks users' input first).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Replications, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(HorizonDays);
        ArgumentOutOfRangeException.ThrowIfNegative(WarmupDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(WarmupDays, HorizonDays);
        if (LotTonnes is { } lot)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lot);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(lot, MaxLotTonnes);
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLotsPerReplication, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEventsPerReplication, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
    }

    /// <summary>The day whose trade rules (<c>trade-rules.csv</c>) are in force; null = today (UTC).</summary>
    public DateOnly? RulesDay { get; init; }
}
