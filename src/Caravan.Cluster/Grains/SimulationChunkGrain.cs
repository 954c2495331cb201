using Caravan.Cluster.Jobs;
using Caravan.Core.Simulation;
using Microsoft.Extensions.Logging;
using Orleans.Placement;

namespace Caravan.Cluster.Grains;

/// <summary>
/// Runs one chunk. The work runs on a thread of its own, off the grain's turn and off the thread
/// pool, so the silo keeps answering messages and liveness probes meanwhile; the call's cancellation token reaches every
/// replication. Placed on the less busy of two silos by activation count, and deactivated when
/// done, so a silo's activations are the chunks it is running.
/// </summary>
[ActivationCountBasedPlacement]
public sealed partial class SimulationChunkGrain(JobModels jobs, IChunkGate gate, ILocalSiloDetails silo, ILogger<SimulationChunkGrain> log)
    : Grain, ISimulationChunkGrain
{
    /// <inheritdoc />
    public async Task<ChunkResult> Run(SimulationJob job, int model, int firstBatch, int batchCount, CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        var name = silo.Name;
        Started(log, key, name, firstBatch, firstBatch + batchCount - 1);
        try
        {
            var models = await jobs.ModelsAsync(job, cancellationToken);
            await gate.EnterAsync(key, name, cancellationToken);
            // A thread of its own, not the thread pool's: a pool kept busy by chunks would leave the
            // silo's messages (results, probes, the next chunk) waiting for the pool to grow.
            var tallies = await Task.Factory.StartNew(() => MonteCarloChunks.Run(models[model], firstBatch, batchCount, null, cancellationToken),
                cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            Finished(log, key, name);
            return new ChunkResult(tallies, name, null);
        }
        catch (Exception e) when (e is SimulationLimitException or ClusterException)
        {
            return new ChunkResult(null, name, e.Message);
        }
        finally
        {
            DeactivateOnIdle();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "chunk {Chunk} started on {Silo} (batches {First}..{Last})")]
    private static partial void Started(ILogger log, string chunk, string silo, int first, int last);

    [LoggerMessage(Level = LogLevel.Information, Message = "chunk {Chunk} finished on {Silo}")]
    private static partial void Finished(ILogger log, string chunk, string silo);
}
