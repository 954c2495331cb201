namespace Caravan.Core.Simulation;

/// <summary>What one origin–destination pair of one commodity got, per replication on average.</summary>
public sealed record OdPairResult
{
    /// <summary>Commodity id.</summary>
    public required string Commodity { get; init; }

    /// <summary>Supply node id.</summary>
    public required string From { get; init; }

    /// <summary>Demand node id.</summary>
    public required string To { get; init; }

    /// <summary>Tonnes delivered per replication (lots released after the warm-up), mean.</summary>
    public required double DeliveredTonnes { get; init; }

    /// <summary>Where the route changes mode (ports, ferry terminals, transshipments), comma-separated; a pair the plan ships by two routes has a row for each.</summary>
    public string Via { get; init; } = "";

    /// <summary>Tonnes a year the model releases to this pair: the flow plan's, or the supply's share without a plan.</summary>
    public required double ReleasedTonnesPerYear { get; init; }

    /// <summary>Tonnes a year that reached the destination after the warm-up, whenever released (the pair's throughput), mean.</summary>
    public required double ArrivedTonnesPerYear { get; init; }

    /// <summary>Lead time from release to delivery, days; null when nothing arrived.</summary>
    public required LeadTimeDays? LeadTimeDays { get; init; }

    /// <summary>Half-widths of 95 % confidence intervals of the lead-time figures, days, from the spread across replications.</summary>
    public required LeadTimeDays? LeadTimeDaysHalfWidth95 { get; init; }

    /// <summary>The promised lead time, days: the promise factor × the baseline route's planned time.</summary>
    public required double PromisedLeadTimeDays { get; init; }

    /// <summary>Fraction of delivered lots that arrived within the promise; null when nothing arrived.</summary>
    public required double? OnTimeRate { get; init; }

    /// <summary>Fraction of replications in which the destination's stock ran out after the warm-up.</summary>
    public required double StockoutProbability { get; init; }

    /// <summary>Days out of stock at the destination per replication, mean.</summary>
    public required double StockoutDays { get; init; }

    /// <summary>Tonnes released but not delivered at the horizon and already older than the promise, per replication, mean.</summary>
    public required double StrandedTonnes { get; init; }

    /// <summary>Freight and handling paid per tonne delivered, US$ (time cost excluded); null when nothing arrived.</summary>
    public required double? CostUsdPerTonne { get; init; }
}
