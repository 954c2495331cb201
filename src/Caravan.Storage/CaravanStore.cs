using System.Data.Common;
using System.Reflection;
using Dapper;
using DbUp;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Caravan.Storage;

/// <summary>
/// Caravan's stored scenarios, runs and API keys, on SQLite or PostgreSQL. Opening a store runs
/// the versioned schema scripts it has not run yet. Every write that touches more than one row
/// is one transaction, so a crash leaves the old state or the new, never half of a run.
/// </summary>
public sealed partial class CaravanStore : IDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly TimeProvider _clock;

    static CaravanStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    private CaravanStore(StoreLocation location, TimeProvider clock)
    {
        Location = location;
        _clock = clock;
        if (location.Kind == DatabaseKind.Postgres)
            _postgres = NpgsqlDataSource.Create(location.ConnectionString);
    }

    /// <summary>Where the store lives.</summary>
    public StoreLocation Location { get; }

    /// <summary>Opens (creating if needed) and migrates the store at <paramref name="location"/>.</summary>
    /// <exception cref="StoreException">The database cannot be reached or a migration failed.</exception>
    public static CaravanStore Open(StoreLocation location, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        var store = new CaravanStore(location, clock ?? TimeProvider.System);
        try
        {
            store.Migrate();
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            store.Dispose();
            throw new StoreException($"cannot open the store ({location.Describe()}): {e.Message}", e);
        }
        return store;
    }

    /// <summary>The names of the schema scripts this store has run, oldest first.</summary>
    public async Task<IReadOnlyList<string>> AppliedMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var names = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT scriptname FROM schemaversions ORDER BY applied, scriptname", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return names.ToList();
    }

    /// <inheritdoc />
    public void Dispose() => _postgres?.Dispose();

    private void Migrate()
    {
        var folder = Location.Kind == DatabaseKind.Sqlite ? ".Migrations.Sqlite." : ".Migrations.Postgres.";
        var builder = Location.Kind == DatabaseKind.Sqlite
            ? DeployChanges.To.SqliteDatabase(PrepareSqlite())
            : DeployChanges.To.PostgresqlDatabase(Location.ConnectionString, PostgresSchema());
        var result = builder
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.Contains(folder, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
        {
            var why = OneLine(result.Error?.Message);
            throw new InvalidOperationException(result.ErrorScript is { } script ? $"migration {script.Name} failed: {why}" : why, result.Error);
        }
    }

    // SQLite: make the folder and the file readable by their owner alone (API key hashes, private
    // scenarios), and switch the file to write-ahead logging so readers never wait for a writer.
    // SQLite gives its -wal and -shm files the database file's permissions.
    private string PrepareSqlite()
    {
        var path = new SqliteConnectionStringBuilder(Location.ConnectionString).DataSource;
        if (!string.IsNullOrEmpty(path) && path != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir)
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(dir);
            }
            else
            {
                if (!Directory.Exists(dir))
                    Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                if (!File.Exists(path))
                    CreateOwnerOnly(path);
            }
        }
        using var connection = new SqliteConnection(Location.ConnectionString);
        connection.Open();
        connection.Execute("PRAGMA journal_mode=WAL;");
        return Location.ConnectionString;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void CreateOwnerOnly(string path)
    {
        try
        {
            using var file = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // another process created it first; SQLite opens it as it is
        }
    }

    private static string OneLine(string? message) =>
        string.Join("; ", (message ?? "unknown error").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private string PostgresSchema()
    {
        var path = new NpgsqlConnectionStringBuilder(Location.ConnectionString).SearchPath;
        return string.IsNullOrWhiteSpace(path) ? "public" : path.Split(',')[0].Trim();
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = _postgres is not null
            ? _postgres.CreateConnection()
            : new SqliteConnection(Location.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private long NowMs() => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static DateTimeOffset? Time(long? ms) => ms is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
}
