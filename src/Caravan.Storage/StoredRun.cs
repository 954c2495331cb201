namespace Caravan.Storage;

/// <summary>One execution of route, flow, simulate or risk, without its (possibly large) results.</summary>
/// <param name="Id">Opaque id.</param>
/// <param name="Kind">What ran: <c>route</c>, <c>flow</c>, <c>simulation</c>, <c>risk</c>.</param>
/// <param name="Owner">Who started it.</param>
/// <param name="Status">Where it is in its life.</param>
/// <param name="Inputs">The request, JSON.</param>
/// <param name="Manifest">Dataset, scenario, seed, program version, inputs' hash, wall time: JSON.</param>
/// <param name="Progress">Fraction done, 0 to 1.</param>
/// <param name="Error">Why it failed; null otherwise.</param>
/// <param name="CreatedAt">When it was accepted.</param>
/// <param name="StartedAt">When a worker took it.</param>
/// <param name="FinishedAt">When it reached a final status.</param>
/// <param name="Private">True when it used a private scenario: only its owner and admins may read it.</param>
public sealed record StoredRun(
    string Id, string Kind, string Owner, RunStatus Status, string Inputs, string Manifest, double Progress,
    string? Error, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, bool Private = false)
{
    /// <summary>True when the run will not change any more.</summary>
    public bool IsFinal => Status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled;

    /// <summary>Seconds from start to finish; null until both are known.</summary>
    public double? WallSeconds => StartedAt is { } s && FinishedAt is { } f ? (f - s).TotalSeconds : null;
}
