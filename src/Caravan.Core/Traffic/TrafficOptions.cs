using Caravan.Core.Assignment;

namespace Caravan.Core.Traffic;

/// <summary>
/// How the background freight is assigned: the year, the price of time, the volume–delay functions'
/// parameters and the solver's stopping rule. Defaults and their sources are in docs/assignment.md.
/// </summary>
public sealed record TrafficOptions
{
    /// <summary>Defaults.</summary>
    public static TrafficOptions Default { get; } = new();

    /// <summary>The year the freight is carried to (each row grows from its own year); null = each row's own year.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// What an hour of a unit's time costs, as a share of its value a year (inventory carrying cost
    /// and the shipper's value of reliability); calibrated so that the baseline's China–Europe rail
    /// volume is near the reported one (docs/assignment.md).
    /// </summary>
    public double CarryingRatePerYear { get; init; } = 1.2;

    /// <summary>BPR α for rail lines and roads (Bureau of Public Roads 1964).</summary>
    public double BprAlpha { get; init; } = 0.15;

    /// <summary>BPR β for rail lines and roads (Bureau of Public Roads 1964).</summary>
    public double BprBeta { get; init; } = 4;

    /// <summary>
    /// T of the queueing function: how long demand persists at its level, hours. A year: the freight is
    /// an annual rate, so a queue above capacity would grow all year, which keeps the equilibrium near
    /// capacity instead of letting it run a month's backlog over it.
    /// </summary>
    public double QueuePeriodHours { get; init; } = 8_760;

    /// <summary>J of the queueing function: ½, deterministic service (M/D/1).</summary>
    public double QueueDelayParameter { get; init; } = 0.5;

    /// <summary>Capacity-equivalent tonnes a train brings to a border or rail terminal (the queue's customer).</summary>
    public double TrainTonnes { get; init; } = 3_000;

    /// <summary>Capacity-equivalent tonnes a ship brings to a port or ferry berth (the queue's customer).</summary>
    public double VesselCallTonnes { get; init; } = 5_000;

    /// <summary>Stop at this relative gap.</summary>
    public double RelativeGap { get; init; } = 1e-6;

    /// <summary>Stop after this long, with the best flow so far.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>User equilibrium (each shipper's cheapest route, default) or the system optimum.</summary>
    public AssignmentObjective Objective { get; init; } = AssignmentObjective.UserEquilibrium;

    /// <summary>False leaves the corridors empty of background freight, as before the traffic model.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// When a trade stops: freight does not move when its cheapest way under the scenario costs more than
    /// its cheapest way on the network before the scenario (at free flow) plus this share of its value.
    /// A scenario that cuts a trade's route therefore loses the trade instead of sending, say, Kazakh ore
    /// to China round Africa. Null keeps every trade, whatever it costs (fixed demand).
    /// </summary>
    public double? LostTradeShareOfValue { get; init; } = 0.25;

    /// <summary>Scales every freight row (1 = as given): for sensitivity and demand-growth tests.</summary>
    public double DemandFactor { get; init; } = 1;

    /// <summary>Checks every value, naming the bad one.</summary>
    public TrafficOptions Validated()
    {
        Check(CarryingRatePerYear >= 0 && CarryingRatePerYear <= 10, "carrying rate a year must be between 0 and 10");
        Check(BprAlpha >= 0 && BprAlpha <= 100, "BPR alpha must be between 0 and 100");
        Check(BprBeta is >= 1 and <= 16, "BPR beta must be between 1 and 16");
        Check(QueuePeriodHours is > 0 and <= 8_760, "the queue period must be between 0 and 8,760 hours");
        Check(QueueDelayParameter is > 0 and <= 10, "the queue delay parameter must be between 0 and 10");
        Check(TrainTonnes is > 0 and <= 100_000, "train tonnes must be between 0 and 100,000");
        Check(VesselCallTonnes is > 0 and <= 1_000_000, "vessel call tonnes must be between 0 and 1,000,000");
        Check(RelativeGap is > 0 and < 1, "the relative gap must be between 0 and 1");
        Check(TimeLimit > TimeSpan.Zero, "the time limit must be positive");
        Check(DemandFactor is >= 0 and <= 100, "the demand factor must be between 0 and 100");
        Check(LostTradeShareOfValue is null or (>= 0 and <= 100), "the lost-trade share of value must be between 0 and 100");
        return this;
    }

    private static void Check(bool ok, string message)
    {
        if (!ok)
            throw new ArgumentException(message);
    }
}
