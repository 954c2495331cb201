namespace Caravan.Questions.Corridors;

/// <summary>
/// A corridor-traffic question as text: the query of <c>GET /api/traffic</c> and the options of
/// <c>caravan assign</c> on a dataset.
/// </summary>
public sealed record TrafficFields
{
    /// <summary>Scenarios to apply, in order, comma-separated; default the dataset as it is.</summary>
    public string? Scenario { get; init; }

    /// <summary>The year to carry the freight to (each row grows from its own year at its own rate); default each row's year.</summary>
    public int? Year { get; init; }
}
