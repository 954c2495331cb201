using Caravan.Cluster.Jobs;

using Orleans.Concurrency;

namespace Caravan.Cluster.Grains;

/// <summary>One chunk of a simulation run, keyed "run/model/chunk": runs its batches wherever Orleans places it.</summary>
[Alias("caravan.simulation-chunk")]
public interface ISimulationChunkGrain : IGrainWithStringKey
{
    /// <summary>Runs batches [<paramref name="firstBatch"/>, <paramref name="firstBatch"/> + <paramref name="batchCount"/>) of model <paramref name="model"/> of <paramref name="job"/>.</summary>
    [Alias("run")]
    Task<ChunkResult> Run(SimulationJob job, int model, int firstBatch, int batchCount, CancellationToken cancellationToken);
}

/// <summary>What a chunk gives back: its tallies, or why it cannot run (a problem no retry mends).</summary>
/// <param name="Tallies">The batch tallies (<see cref="Core.Simulation.MonteCarloChunks.Run"/>), or null with <paramref name="Problem"/>.</param>
/// <param name="Silo">The silo that ran it.</param>
/// <param name="Problem">Why it did not run.</param>
[GenerateSerializer, Immutable, Alias("caravan.chunk-result")]
public sealed record ChunkResult([property: Id(0)] byte[]? Tallies, [property: Id(1)] string Silo, [property: Id(2)] string? Problem);
