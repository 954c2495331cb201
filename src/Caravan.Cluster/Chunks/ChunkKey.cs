using Orleans.Concurrency;

namespace Caravan.Cluster.Chunks;

/// <summary>One chunk of a run: which model of the run, and which chunk of that model.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Model">The model's index in the run.</param>
/// <param name="Chunk">The chunk's index in the model.</param>
[GenerateSerializer, Immutable, Alias("caravan.chunk-key")]
public sealed record ChunkKey([property: Id(0)] string RunId, [property: Id(1)] int Model, [property: Id(2)] int Chunk)
{
    /// <inheritdoc />
    public override string ToString() => $"{RunId}/{Model}/{Chunk}";
}
