using Dapper;

namespace Caravan.Storage;

/// <summary>Runs and their results.</summary>
public sealed partial class CaravanStore
{
    private const string RunColumns = "id, kind, owner, status, inputs, manifest, progress, error, created_ms, started_ms, finished_ms, private";

    /// <summary>Records a new run, queued, readable by everyone who may read runs.</summary>
    public Task<StoredRun> CreateRunAsync(string kind, string owner, string inputs, string manifest, CancellationToken cancellationToken = default) =>
        CreateRunAsync(kind, owner, inputs, manifest, isPrivate: false, cancellationToken);

    /// <summary>Records a new run, queued; a <paramref name="isPrivate"/> run is readable only by its owner and admins.</summary>
    public async Task<StoredRun> CreateRunAsync(string kind, string owner, string inputs, string manifest, bool isPrivate, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid().ToString("N");
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO runs ({RunColumns}) VALUES (@id, @kind, @owner, @status, @inputs, @manifest, 0, NULL, @now, NULL, NULL, @isPrivate)",
            new { id, kind, owner, status = Text(RunStatus.Queued), inputs, manifest, now = NowMs(), isPrivate = isPrivate ? 1 : 0 },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return (await GetRunAsync(id, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Marks a queued run as running; false when it is no longer queued (cancelled meanwhile).</summary>
    public async Task<bool> StartRunAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE runs SET status = @running, started_ms = @now WHERE id = @id AND status = @queued",
            new { id, running = Text(RunStatus.Running), queued = Text(RunStatus.Queued), now = NowMs() },
            cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    /// <summary>Records how far a running run has got (0 to 1).</summary>
    public async Task UpdateProgressAsync(string id, double progress, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE runs SET progress = @progress WHERE id = @id AND status = @running",
            new { id, progress = Math.Clamp(progress, 0, 1), running = Text(RunStatus.Running) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// Gives an unfinished run its final status, results and final manifest in one transaction:
    /// afterwards both are there or neither is. False when the run had already finished
    /// (e.g. cancelled while its worker was still busy): nothing is written then.
    /// </summary>
    public async Task<bool> FinishRunAsync(
        string id, RunStatus status, string? results, string? error, string? manifest = null, CancellationToken cancellationToken = default)
    {
        if (status is RunStatus.Queued or RunStatus.Running)
            throw new ArgumentOutOfRangeException(nameof(status), status, "a run finishes with a final status");
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE runs SET status = @status, error = @error, finished_ms = @now,
                progress = CASE WHEN @succeeded = 1 THEN 1 ELSE progress END,
                manifest = COALESCE(@manifest, manifest),
                started_ms = COALESCE(started_ms, @now)
            WHERE id = @id AND status IN (@queued, @running)
            """,
            new
            {
                id,
                status = Text(status),
                error,
                manifest,
                now = NowMs(),
                succeeded = status == RunStatus.Succeeded ? 1 : 0,
                queued = Text(RunStatus.Queued),
                running = Text(RunStatus.Running),
            },
            transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (changed == 0)
            return false;
        if (results is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO run_results (run_id, body) VALUES (@id, @results) ON CONFLICT (run_id) DO UPDATE SET body = excluded.body",
                new { id, results }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Cancels a queued or running run; false when it had already finished or does not exist.</summary>
    public Task<bool> CancelRunAsync(string id, CancellationToken cancellationToken = default) =>
        FinishRunAsync(id, RunStatus.Cancelled, null, "cancelled", null, cancellationToken);

    /// <summary>
    /// Marks runs a previous process left queued or running as failed; called at start-up, when no
    /// worker can still be on them. Returns how many there were.
    /// </summary>
    public async Task<int> FailAbandonedRunsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE runs SET status = @failed, error = @why, finished_ms = @now WHERE status IN (@queued, @running)",
            new { failed = Text(RunStatus.Failed), why = AbandonedReason, queued = Text(RunStatus.Queued), running = Text(RunStatus.Running), now = NowMs() },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>The error of a run that <see cref="FailAbandonedRunsAsync"/> marked failed.</summary>
    public const string AbandonedReason = "the server stopped before the run finished (found unfinished when the server started again)";

    /// <summary>The run with this id, or null.</summary>
    public async Task<StoredRun?> GetRunAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition(
            $"SELECT {RunColumns} FROM runs WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    /// <summary>The results JSON of a run, or null when it has none.</summary>
    public async Task<string?> GetRunResultsAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT body FROM run_results WHERE run_id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>The newest <paramref name="limit"/> runs, optionally of one kind, newest first, private ones included.</summary>
    public Task<IReadOnlyList<StoredRun>> ListRunsAsync(int limit = 100, string? kind = null, CancellationToken cancellationToken = default) =>
        ListRunsAsync(limit, kind, viewer: null, everything: true, cancellationToken);

    /// <summary>
    /// The newest <paramref name="limit"/> runs <paramref name="viewer"/> may read (every public run
    /// and their own private ones; all when <paramref name="everything"/>), optionally of one kind, newest first.
    /// </summary>
    public async Task<IReadOnlyList<StoredRun>> ListRunsAsync(int limit, string? kind, string? viewer, bool everything, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RunRow>(new CommandDefinition(
            $"""
            SELECT {RunColumns} FROM runs
            WHERE (@kind = '' OR kind = @kind) AND (@everything = 1 OR private = 0 OR owner = @viewer)
            ORDER BY created_ms DESC, id LIMIT @limit
            """,
            new { kind = kind ?? "", limit = Math.Clamp(limit, 1, 1000), viewer = viewer ?? "", everything = everything ? 1 : 0 },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToRecord()).ToList();
    }

    private static string Text(RunStatus status) => status.ToString().ToLowerInvariant();

    private sealed class RunRow
    {
        public string Id { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Owner { get; set; } = "";
        public string Status { get; set; } = "";
        public string Inputs { get; set; } = "";
        public string Manifest { get; set; } = "";
        public double Progress { get; set; }
        public string? Error { get; set; }
        public long CreatedMs { get; set; }
        public long? StartedMs { get; set; }
        public long? FinishedMs { get; set; }
        public long Private { get; set; }

        public StoredRun ToRecord() => new(
            Id, Kind, Owner, Enum.Parse<RunStatus>(Status, ignoreCase: true), Inputs, Manifest, Progress, Error,
            Time(CreatedMs), Time(StartedMs), Time(FinishedMs), Private != 0);
    }
}
