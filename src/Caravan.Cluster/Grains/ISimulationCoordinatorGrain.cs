using Caravan.Cluster.Jobs;

using Orleans.Concurrency;

namespace Caravan.Cluster.Grains;

/// <summary>The coordinator of one simulation run, keyed by run id: splits, places, counts and merges its chunks.</summary>
[Alias("caravan.simulation-coordinator")]
public interface ISimulationCoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Starts the run (or resumes it from the stored chunks); a run already going on here is left alone.</summary>
    [Alias("start")]
    Task Start(SimulationJob job);

    /// <summary>Where the run stands.</summary>
    [Alias("poll")]
    Task<RunStatus> Poll();

    /// <summary>Stops the run and forgets its stored chunks.</summary>
    [Alias("cancel")]
    Task Cancel();
}

/// <summary>Where a run stands.</summary>
/// <param name="Known">False when this coordinator has no job (it restarted): start it again.</param>
/// <param name="DoneReplications">Replications counted so far, over all models.</param>
/// <param name="Merged">When finished, each model's merged tally (<see cref="Core.Simulation.ChunkMerger.Merged"/>).</param>
/// <param name="Problem">Why the run failed.</param>
[GenerateSerializer, Immutable, Alias("caravan.run-status")]
public sealed record RunStatus(
    [property: Id(0)] bool Known,
    [property: Id(1)] int DoneReplications,
    [property: Id(2)] IReadOnlyList<byte[]>? Merged,
    [property: Id(3)] string? Problem);
