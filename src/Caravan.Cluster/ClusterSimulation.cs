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
        await coordinator.Start(job);
        using var stop = cancellationToken.Register(() => _ = coordinator.Cancel());
        while (true)
        {
            await Task.Delay(PollEvery, cancellationToken);
            RunStatus status;
            try
            {
                status = await coordinator.Poll();
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                continue; // the coordinator's silo is going away; the next poll reaches its successor
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
