namespace Caravan.Storage;

/// <summary>The database behind a store.</summary>
public enum DatabaseKind
{
    /// <summary>A SQLite file: the no-setup default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, chosen by a connection string with <c>Host=</c>.</summary>
    Postgres,
}
