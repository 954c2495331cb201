using Caravan.Storage;

namespace Caravan.Server.Runs;

/// <summary>
/// Gives every run an outcome across restarts. At start-up, before any worker runs, runs a previous
/// process left queued or running (it crashed or was killed) are marked failed with the reason; on a
/// graceful stop, after the workers have stopped, the runs this process accepted and never finished
/// — still queued, or running past the shutdown timeout — are marked failed too.
/// </summary>
/// <remarks>The queue lives in the process, so a store shared by several servers is not supported for background runs.</remarks>
internal sealed class AbandonedRuns(CaravanStore store, RunQueue queue, ILogger<AbandonedRuns> log) : IHostedService
{
    /// <summary>The error of a run this process still held when it stopped.</summary>
    public const string StoppedReason = "the server stopped before the run finished";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var failed = await store.FailAbandonedRunsAsync(cancellationToken);
        if (failed > 0)
            log.LogWarning("{Count} run(s) left unfinished by a previous server process were marked failed", failed);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var runId in queue.Pending)
        {
            // Only queued or running runs change; one that finished meanwhile keeps its outcome.
            await store.FinishRunAsync(runId, RunStatus.Failed, null, StoppedReason, null, CancellationToken.None);
        }
    }
}
