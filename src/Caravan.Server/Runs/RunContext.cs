using Caravan.Storage;

namespace Caravan.Server.Runs;

/// <summary>What a background run sees: its id, a cancellation token (user cancel, run-length limit, shutdown) and a progress sink.</summary>
public sealed class RunContext
{
    private readonly CaravanStore _store;
    private readonly TimeProvider _clock;
    private DateTimeOffset _lastReport = DateTimeOffset.MinValue;

    internal RunContext(string runId, CaravanStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        RunId = runId;
        _store = store;
        _clock = clock;
        CancellationToken = cancellationToken;
    }

    /// <summary>The run's id.</summary>
    public string RunId { get; }

    /// <summary>Signalled when the run must stop.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Records the fraction done (0 to 1), at most a few times a second so the store is not flooded.</summary>
    public async Task ReportAsync(double fraction)
    {
        CancellationToken.ThrowIfCancellationRequested();
        var now = _clock.GetUtcNow();
        if (now - _lastReport < TimeSpan.FromMilliseconds(200) && fraction < 1)
            return;
        _lastReport = now;
        await _store.UpdateProgressAsync(RunId, fraction, CancellationToken);
    }
}
