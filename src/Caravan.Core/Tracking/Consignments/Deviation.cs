namespace Caravan.Core.Tracking;

/// <summary>An actual event off the plan: where it happened, and the route planned from there (null when none is found).</summary>
public sealed record Deviation(string EventId, string Node, DateTimeOffset Time, IReadOnlyList<string>? Replanned);
