using Dapper;

namespace Caravan.Storage;

/// <summary>User scenarios.</summary>
public sealed partial class CaravanStore
{
    private const string ScenarioColumns = "id, name, owner, shared, body, created_ms, updated_ms";

    /// <summary>
    /// Creates the scenario or replaces its name, sharing and body; the owner and creation time of
    /// an existing scenario never change. Callers check that the writer may change it.
    /// </summary>
    public async Task<StoredScenario> SaveScenarioAsync(
        string id, string name, string owner, bool shared, string body, CancellationToken cancellationToken = default)
    {
        var now = NowMs();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO scenarios ({ScenarioColumns}) VALUES (@id, @name, @owner, @shared, @body, @now, @now)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, shared = excluded.shared, body = excluded.body, updated_ms = excluded.updated_ms
            """,
            new { id, name, owner, shared = shared ? 1 : 0, body, now }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return (await GetScenarioAsync(id, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// Stores a new scenario; false, writing nothing, when its id is taken, its owner already has one
    /// of that name, or it is shared and a shared one of that name exists. Unlike
    /// <see cref="SaveScenarioAsync"/> it never replaces anything, so two creators racing for a name
    /// cannot overwrite each other.
    /// </summary>
    public async Task<bool> TryCreateScenarioAsync(
        string id, string name, string owner, bool shared, string body, CancellationToken cancellationToken = default)
    {
        var now = NowMs();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO scenarios ({ScenarioColumns}) VALUES (@id, @name, @owner, @shared, @body, @now, @now) ON CONFLICT DO NOTHING",
            new { id, name, owner, shared = shared ? 1 : 0, body, now }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    /// <summary>Every scenario called <paramref name="name"/>, whoever owns it, oldest first; callers pick the one a reader may see.</summary>
    public async Task<IReadOnlyList<StoredScenario>> ScenariosNamedAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ScenarioRow>(new CommandDefinition(
            $"SELECT {ScenarioColumns} FROM scenarios WHERE name = @name ORDER BY created_ms, id", new { name }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToRecord()).ToList();
    }

    /// <summary>The scenario with this id, or null.</summary>
    public async Task<StoredScenario?> GetScenarioAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ScenarioRow>(new CommandDefinition(
            $"SELECT {ScenarioColumns} FROM scenarios WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    /// <summary>
    /// Scenarios <paramref name="viewer"/> may see: shared ones and their own; every scenario when
    /// <paramref name="everything"/> (admins). Ordered by id.
    /// </summary>
    public async Task<IReadOnlyList<StoredScenario>> ListScenariosAsync(string? viewer, bool everything = false, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ScenarioRow>(new CommandDefinition(
            $"SELECT {ScenarioColumns} FROM scenarios WHERE @everything = 1 OR shared = 1 OR owner = @viewer ORDER BY id",
            new { viewer = viewer ?? "", everything = everything ? 1 : 0 }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToRecord()).ToList();
    }

    /// <summary>Deletes the scenario; false when there was none.</summary>
    public async Task<bool> DeleteScenarioAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM scenarios WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    // Dapper fills these by column name; integers arrive as long on SQLite and int on PostgreSQL.
    private sealed class ScenarioRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Owner { get; set; } = "";
        public long Shared { get; set; }
        public string Body { get; set; } = "";
        public long CreatedMs { get; set; }
        public long UpdatedMs { get; set; }

        public StoredScenario ToRecord() => new(Id, Name, Owner, Shared != 0, Body, Time(CreatedMs), Time(UpdatedMs));
    }
}
