using Dapper;

namespace Caravan.Storage;

/// <summary>Tracking: consignments, events and alerts. Bodies are the host's JSON; the store keys and orders them.</summary>
public sealed partial class CaravanStore
{
    /// <summary>Creates or replaces a consignment.</summary>
    public async Task SaveConsignmentAsync(string id, string body, CancellationToken cancellationToken = default)
    {
        var now = NowMs();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO track_consignments (id, body, created_ms, updated_ms) VALUES (@id, @body, @now, @now)
            ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_ms = excluded.updated_ms
            """, new { id, body, now }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Every consignment, by id.</summary>
    public async Task<IReadOnlyList<TrackingRow>> ConsignmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Id, string Body)>(new CommandDefinition(
            "SELECT id, body FROM track_consignments ORDER BY id", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new TrackingRow(r.Id, r.Body)).ToList();
    }

    /// <summary>
    /// Stores events in one transaction; an id already stored is left alone (a duplicate). Returns how
    /// many were new. A retraction is stored under its own key (<c>retraction:</c> + id).
    /// </summary>
    public async Task<int> AddEventsAsync(IEnumerable<(string Key, string Format, DateTimeOffset Time, bool Retraction, string Body)> events,
        CancellationToken cancellationToken = default)
    {
        var now = NowMs();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var added = 0;
        foreach (var e in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            added += await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO track_events (event_id, format, time_ms, retraction, body, received_ms)
                VALUES (@key, @format, @time, @retraction, @body, @now) ON CONFLICT DO NOTHING
                """,
                new { key = e.Key, format = e.Format, time = e.Time.ToUnixTimeMilliseconds(), retraction = e.Retraction ? 1 : 0, body = e.Body, now },
                transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>Every stored event's body, in the order they were received.</summary>
    public async Task<IReadOnlyList<TrackingRow>> EventsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Id, string Body)>(new CommandDefinition(
            "SELECT event_id, body FROM track_events ORDER BY received_ms, time_ms, event_id", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new TrackingRow(r.Id, r.Body)).ToList();
    }

    /// <summary>Stores an alert unless one of its consignment, kind and subject is stored; true when it was new.</summary>
    public async Task<bool> AddAlertAsync(StoredAlert alert, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO track_alerts (consignment, kind, subject, raised_ms, reason) VALUES (@Consignment, @Kind, @Subject, @raised, @Reason)
            ON CONFLICT DO NOTHING
            """,
            new { alert.Consignment, alert.Kind, alert.Subject, raised = alert.RaisedAt.ToUnixTimeMilliseconds(), alert.Reason },
            cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    /// <summary>Alerts raised, oldest first; only <paramref name="consignment"/>'s when given.</summary>
    public async Task<IReadOnlyList<StoredAlert>> AlertsAsync(string? consignment = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Consignment, string Kind, string Subject, long RaisedMs, string Reason)>(new CommandDefinition(
            "SELECT consignment, kind, subject, raised_ms, reason FROM track_alerts"
            + (consignment is null ? "" : " WHERE consignment = @consignment") + " ORDER BY raised_ms, consignment, kind, subject",
            new { consignment }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new StoredAlert(r.Consignment, r.Kind, r.Subject, DateTimeOffset.FromUnixTimeMilliseconds(r.RaisedMs), r.Reason)).ToList();
    }
}
