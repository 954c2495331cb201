namespace Caravan.Core.Simulation;

/// <summary>How one resource (a node's servers or a directed link) behaved after the warm-up, over all replications.</summary>
public sealed record ResourceResult
{
    /// <summary>Node id, link id, or link id + "/reverse" for a two-way link run backwards.</summary>
    public required string Id { get; init; }

    /// <summary><c>node</c>, <c>link</c>, <c>scheduled</c> or <c>ferry</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>
    /// Busy servers ÷ servers for a node with servers; tonnes carried ÷ tonnes offered for scheduled
    /// links and ferries with a capacity; tonnes ÷ capacity t/day otherwise; null without a capacity.
    /// </summary>
    public required double? Utilisation { get; init; }

    /// <summary>Time-average number of lots waiting (not yet in service or aboard).</summary>
    public required double MeanQueue { get; init; }

    /// <summary>Most lots ever waiting at once, in any replication.</summary>
    public required double MaxQueue { get; init; }

    /// <summary>Mean wait before service or departure, hours.</summary>
    public required double MeanWaitHours { get; init; }

    /// <summary>Time-average number of lots at the resource, waiting or served (L in Little's law).</summary>
    public required double MeanInSystem { get; init; }

    /// <summary>Lots arriving per hour (λ).</summary>
    public required double ArrivalsPerHour { get; init; }

    /// <summary>Mean time from arrival to leaving, hours (W).</summary>
    public required double MeanTimeInSystemHours { get; init; }

    /// <summary>Half-width of the 95 % confidence interval of <see cref="MeanWaitHours"/>, from the spread across replications.</summary>
    public required double MeanWaitHoursHalfWidth95 { get; init; }

    /// <summary>Half-width of the 95 % confidence interval of <see cref="MeanQueue"/>, from the spread across replications.</summary>
    public required double MeanQueueHalfWidth95 { get; init; }
}
