using System.Collections.Concurrent;
using Caravan.Cluster.Grains;

namespace Caravan.Cluster.Tests;

/// <summary>Holds the first attempt of each chunk <paramref name="hold"/> picks (at most <paramref name="most"/> chunks) until released, so a test can act while it runs.</summary>
public sealed class HoldingGate(Func<string, string, bool> hold, int most = int.MaxValue) : IChunkGate
{
    private readonly ConcurrentDictionary<string, string> _held = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<(string Chunk, string Silo)> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The first chunk held, and its silo.</summary>
    public Task<(string Chunk, string Silo)> FirstHeld => _first.Task;

    public IReadOnlyCollection<string> Held => [.. _held.Keys];

    public void ReleaseAll() => _release.TrySetResult();

    public async Task EnterAsync(string chunk, string silo, CancellationToken cancellationToken)
    {
        lock (_held)
        {
            if (_release.Task.IsCompleted || _held.Count >= most || !hold(chunk, silo) || !_held.TryAdd(chunk, silo))
                return;
        }
        _first.TrySetResult((chunk, silo));
        await _release.Task.WaitAsync(cancellationToken);
    }
}
