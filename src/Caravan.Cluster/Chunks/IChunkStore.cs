namespace Caravan.Cluster.Chunks;

/// <summary>
/// Where a run's chunk results are kept as they come, so a coordinator that restarts redoes only
/// the chunks missing here. Writes are idempotent: the first result of a chunk wins, and a later
/// one (the same chunk run again after its silo was lost) is answered with the stored one.
/// </summary>
public interface IChunkStore
{
    /// <summary>Stores <paramref name="result"/> unless <paramref name="key"/> has one; returns the stored result and whether it was this one.</summary>
    Task<(byte[] Stored, bool Added)> AddAsync(ChunkKey key, byte[] result, CancellationToken cancellationToken);

    /// <summary>Every stored result of <paramref name="runId"/>: (model, chunk) → result.</summary>
    Task<IReadOnlyDictionary<(int Model, int Chunk), byte[]>> ReadAsync(string runId, CancellationToken cancellationToken);

    /// <summary>Forgets <paramref name="runId"/>'s results once its answer is delivered.</summary>
    Task DeleteAsync(string runId, CancellationToken cancellationToken);
}
