using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Caravan.Server.Runs;

/// <summary>
/// The bounded queue between request handlers (which only enqueue) and the background workers,
/// plus the cancellation handles of the runs in progress.
/// </summary>
public sealed class RunQueue
{
    private readonly Channel<RunJob> _jobs;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _active = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _cancelled = new(StringComparer.Ordinal);

    /// <summary>A queue holding at most <paramref name="capacity"/> waiting jobs.</summary>
    public RunQueue(int capacity) =>
        _jobs = Channel.CreateBounded<RunJob>(new BoundedChannelOptions(Math.Max(1, capacity)) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Adds a job; false when the queue is full.</summary>
    public bool TryEnqueue(RunJob job) => _jobs.Writer.TryWrite(job);

    /// <summary>The jobs, for the workers.</summary>
    public ChannelReader<RunJob> Reader => _jobs.Reader;

    /// <summary>Asks the run to stop; a queued run is skipped when a worker reaches it.</summary>
    public void Cancel(string runId)
    {
        _cancelled[runId] = true;
        if (_active.TryGetValue(runId, out var source))
            source.Cancel();
    }

    /// <summary>True when a user asked the run to stop.</summary>
    public bool WasCancelled(string runId) => _cancelled.ContainsKey(runId);

    internal void Started(string runId, CancellationTokenSource source)
    {
        _active[runId] = source;
        if (_cancelled.ContainsKey(runId))
            source.Cancel();
    }

    internal void Ended(string runId)
    {
        _active.TryRemove(runId, out _);
        _cancelled.TryRemove(runId, out _);
    }
}
