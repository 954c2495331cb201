using System.Collections.Concurrent;

namespace Caravan.Cluster.Chunks;

/// <summary>
/// Chunk results in the memory of the process that hosts the silos: enough for silos on one
/// machine in one process (<c>caravan cluster up</c>, tests), where a coordinator that restarts
/// finds them.
/// </summary>
public sealed class MemoryChunkStore : IChunkStore
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<(int, int), byte[]>> _runs = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<(byte[] Stored, bool Added)> AddAsync(ChunkKey key, byte[] result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var run = _runs.GetOrAdd(key.RunId, _ => new());
        var stored = run.GetOrAdd((key.Model, key.Chunk), result);
        return Task.FromResult((stored, ReferenceEquals(stored, result)));
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<(int Model, int Chunk), byte[]>> ReadAsync(string runId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<(int, int), byte[]>>(_runs.TryGetValue(runId, out var run) ? new Dictionary<(int, int), byte[]>(run) : []);

    /// <inheritdoc />
    public Task DeleteAsync(string runId, CancellationToken cancellationToken)
    {
        _runs.TryRemove(runId, out _);
        return Task.CompletedTask;
    }
}
