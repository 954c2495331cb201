using Caravan.Cluster.Grains;
using Caravan.Cluster.Jobs;
using Caravan.Core.Simulation;
using Caravan.Questions.Simulations;

namespace Caravan.Cluster;

/// <summary>
/// Runs a checked simulation question on the cluster and gives the same runs the local path gives:
/// the coordinator merges chunk tallies in batch order, and the client summarises them with its
/// own compiled models. Survives a coordinator that restarts (it is started again and resumes from
/// the stored chunks).
/// </summary>
public static class ClusterSimulation
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);

    /// <summary>How long the coordinator may stay out of reach before the run is given up.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs <paramref name="job"/> (packed from <paramref name="question"/>) as run <paramref name="runId"/>;
    /// <paramref name="progress"/> hears replications done over all models; the manifest's wall time is
    /// the client's, or null with <paramref name="reproducible"/>.
    /// </summary>
    /// <exception cref="ClusterException">The run failed on the cluster.</exception>
    public static async Task<IReadOnlyList<SimulationRun>> RunAsync(IGrainFactory grains, SimulationQuestion question, SimulationJob job,
        string runId, IProgress<int>? progress, bool reproducible, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(question);
        var started = TimeProvider.System.GetTimestamp();
        var coordinator = grains.GetGrain<ISimulationCoordinatorGrain>(runId);
        try
        {
            await coordinator.Start(job);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            throw new ClusterException($"cluster run {runId} could not start: {e.Message}", e);
        }
        using var stop = cancellationToken.Register(() => _ = coordinator.Cancel());
        var lastHeard = TimeProvider.System.GetTimestamp();
        while (true)
        {
            await Task.Delay(PollEvery, cancellationToken);
            RunStatus status;
            try
            {
                status = await coordinator.Poll();
                lastHeard = TimeProvider.System.GetTimestamp();
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                // The coordinator's silo is going away; the next poll reaches its successor, unless the whole cluster is gone.
                if (TimeProvider.System.GetElapsedTime(lastHeard) > GiveUpAfter)
                    throw new ClusterException($"cluster run {runId}: no answer from the cluster for {GiveUpAfter.TotalMinutes:0} minutes: {e.Message}", e);
                continue;
            }
            if (!status.Known)
            {
                await coordinator.Start(job);
                continue;
            }
            progress?.Report(status.DoneReplications);
            if (status.Problem is { } problem)
                throw new ClusterException($"cluster run {runId} failed: {problem}");
            if (status.Merged is { } merged)
            {
                var wall = reproducible ? (double?)null : TimeProvider.System.GetElapsedTime(started).TotalSeconds;
                var runs = question.Models.Select((m, i) => MonteCarloChunks.Finish(m, merged[i], wall)).ToList();
                await coordinator.Cancel(); // the answer is delivered: forget the stored chunks
                return runs;
            }
        }
    }
}
