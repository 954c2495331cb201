namespace Caravan.Questions.Contracts.Tracking;

/// <summary>Where each consignment stands.</summary>
public sealed record StatusAnswer(DateTimeOffset AsOf, IReadOnlyList<ConsignmentView> Consignments);

/// <summary>
/// One consignment: its position (<c>state</c>: not_started, at_node, in_transit, delivered; the node it
/// is at or last left, since when), the plan in force and the original, the path actually taken, its
/// deviations, and its event timeline.
/// </summary>
public sealed record ConsignmentView(string Id, string Commodity, string Scenario, string State, string Node, DateTimeOffset Since,
    DateTimeOffset Promise, IReadOnlyList<string> Plan, IReadOnlyList<string> OriginalPlan, IReadOnlyList<string> Visited,
    IReadOnlyList<DeviationView> Deviations, DateTimeOffset? CarrierEstimate, IReadOnlyList<TimelineEntry> Timeline);

/// <summary>An actual event off the plan and the route planned from there (null when none).</summary>
public sealed record DeviationView(string EventId, string Node, DateTimeOffset Time, IReadOnlyList<string>? Replanned);

/// <summary>One event on a consignment's timeline.</summary>
public sealed record TimelineEntry(string EventId, string Format, DateTimeOffset Time, string Classifier, string Milestone, string? Locode, string? Node,
    IReadOnlyList<SensorView> Sensors);

/// <summary>A sensor reading.</summary>
public sealed record SensorView(string Type, double Value, string? Unit);
