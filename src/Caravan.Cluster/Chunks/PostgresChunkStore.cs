using Dapper;
using Npgsql;

namespace Caravan.Cluster.Chunks;

/// <summary>
/// Chunk results in PostgreSQL (table <c>caravan_cluster_chunk</c>, created by the cluster's
/// migrations): an <c>INSERT … ON CONFLICT DO NOTHING</c> keeps the first result of each chunk
/// whichever silo or coordinator writes it.
/// </summary>
public sealed class PostgresChunkStore(string connectionString) : IChunkStore
{
    /// <inheritdoc />
    public async Task<(byte[] Stored, bool Added)> AddAsync(ChunkKey key, byte[] result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = new NpgsqlConnection(connectionString);
        var args = new { run = key.RunId, model = key.Model, chunk = key.Chunk, result };
        var added = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO caravan_cluster_chunk (run_id, model, chunk, result) VALUES (@run, @model, @chunk, @result) ON CONFLICT DO NOTHING",
            args, cancellationToken: cancellationToken)) == 1;
        if (added)
            return (result, true);
        var stored = await connection.QuerySingleAsync<byte[]>(new CommandDefinition(
            "SELECT result FROM caravan_cluster_chunk WHERE run_id = @run AND model = @model AND chunk = @chunk", args, cancellationToken: cancellationToken));
        return (stored, false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<(int Model, int Chunk), byte[]>> ReadAsync(string runId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var rows = await connection.QueryAsync<(int Model, int Chunk, byte[] Result)>(new CommandDefinition(
            "SELECT model, chunk, result FROM caravan_cluster_chunk WHERE run_id = @runId", new { runId }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => (r.Model, r.Chunk), r => r.Result);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string runId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM caravan_cluster_chunk WHERE run_id = @runId", new { runId }, cancellationToken: cancellationToken));
    }
}
