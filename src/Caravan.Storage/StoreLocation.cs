namespace Caravan.Storage;

/// <summary>
/// Where the store lives. A connection string with <c>Host=</c> means PostgreSQL; anything else is a
/// SQLite file path (or a SQLite connection string with <c>Data Source=</c>).
/// </summary>
/// <param name="Kind">The database.</param>
/// <param name="ConnectionString">The provider's connection string.</param>
public sealed record StoreLocation(DatabaseKind Kind, string ConnectionString)
{
    /// <summary>The environment variable that names the database when no <c>--db</c> is given.</summary>
    public const string EnvironmentVariable = "CARAVAN_DB";

    /// <summary>
    /// Resolves <paramref name="given"/> (from <c>--db</c>), else <c>CARAVAN_DB</c>, else the default
    /// SQLite file in the user's local data folder (<c>caravan/caravan.db</c>).
    /// </summary>
    public static StoreLocation Resolve(string? given)
    {
        var text = !string.IsNullOrWhiteSpace(given) ? given : Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(text) ? Sqlite(DefaultSqlitePath()) : Parse(text);
    }

    /// <summary>Interprets a connection string or a file path.</summary>
    public static StoreLocation Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains("Server=", StringComparison.OrdinalIgnoreCase))
            return new StoreLocation(DatabaseKind.Postgres, text);
        if (text.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
            return new StoreLocation(DatabaseKind.Sqlite, text);
        return Sqlite(text);
    }

    /// <summary>A SQLite file at <paramref name="path"/>.</summary>
    public static StoreLocation Sqlite(string path) =>
        new(DatabaseKind.Sqlite, new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path) }.ToString());

    /// <summary>The default SQLite file: <c>{LocalApplicationData}/caravan/caravan.db</c>.</summary>
    public static string DefaultSqlitePath()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(root))
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(root, "caravan", "caravan.db");
    }

    /// <summary>A description safe to print: the file, or host and database without the password.</summary>
    public string Describe()
    {
        if (Kind == DatabaseKind.Sqlite)
            return "sqlite " + new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
        var b = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"postgresql {b.Host}:{b.Port}/{b.Database}";
    }
}
