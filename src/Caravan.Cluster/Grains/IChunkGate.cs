namespace Caravan.Cluster.Grains;

/// <summary>
/// Called by a chunk before its work starts. The default lets every chunk through; tests hold a
/// chunk here to kill its silo while it runs.
/// </summary>
public interface IChunkGate
{
    /// <summary>Returns when chunk <paramref name="chunk"/> may run on <paramref name="silo"/>.</summary>
    Task EnterAsync(string chunk, string silo, CancellationToken cancellationToken);
}

/// <summary>The gate that is always open.</summary>
public sealed class OpenChunkGate : IChunkGate
{
    /// <inheritdoc />
    public Task EnterAsync(string chunk, string silo, CancellationToken cancellationToken) => Task.CompletedTask;
}
