using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Caravan.Server.Runs;

/// <summary>
/// The bounded queue between request handlers (which only enqueue) and the background workers,
/// plus the cancellation handles of the runs in progress and the runs this process still owes an
/// outcome (queued or running), each holding a place of its owner's <see cref="RunQuota"/>.
/// </summary>
public sealed class RunQueue
{
    private readonly Channel<RunJob> _jobs;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _active = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _cancelled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _pending = new(StringComparer.Ordinal);
    private readonly RunQuota? _quota;

    /// <summary>A queue holding at most <paramref name="capacity"/> waiting jobs; <paramref name="quota"/> gets its places back as runs end.</summary>
    public RunQueue(int capacity, RunQuota? quota = null)
    {
        _jobs = Channel.CreateBounded<RunJob>(new BoundedChannelOptions(Math.Max(1, capacity)) { FullMode = BoundedChannelFullMode.Wait });
        _quota = quota;
    }

    /// <summary>Adds a job; false when the queue is full. The job's owner must hold a place of the quota for it.</summary>
    public bool TryEnqueue(RunJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        _pending[job.RunId] = job.Owner;
        if (_jobs.Writer.TryWrite(job))
            return true;
        _pending.TryRemove(job.RunId, out _);
        return false;
    }

    /// <summary>The runs this process accepted that have not ended yet (queued, or running on a worker).</summary>
    public IReadOnlyCollection<string> Pending => _pending.Keys.ToArray();

    /// <summary>The jobs, for the workers.</summary>
    public ChannelReader<RunJob> Reader => _jobs.Reader;

    /// <summary>Asks the run to stop; a queued run is skipped when a worker reaches it.</summary>
    public void Cancel(string runId)
    {
        _cancelled[runId] = true;
        if (_active.TryGetValue(runId, out var source))
            source.Cancel();
        else
            Release(runId); // a queued run gives its owner's place back at once, not when a worker skips it
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
        Release(runId);
    }

    // Idempotent: a run cancelled while queued is released then and again when a worker skips it.
    private void Release(string runId)
    {
        if (_pending.TryRemove(runId, out var owner))
            _quota?.Release(owner);
    }
}
