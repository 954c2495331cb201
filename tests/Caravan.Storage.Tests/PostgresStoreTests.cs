using Npgsql;

namespace Caravan.Storage.Tests;

/// <summary>
/// The store contract on PostgreSQL (<c>CARAVAN_TEST_POSTGRES</c>), each test in a schema of its
/// own that is dropped afterwards.
/// </summary>
public sealed class PostgresStoreTests : CaravanStoreContractTests
{
    private readonly string _schema = "caravan_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? _connection;

    /// <inheritdoc />
    protected override StoreLocation FreshLocation()
    {
        _connection = TestEnvironment.PostgresConnection();
        using (var admin = new NpgsqlConnection(_connection))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {_schema}", admin);
            create.ExecuteNonQuery();
        }
        return StoreLocation.Parse(new NpgsqlConnectionStringBuilder(_connection) { SearchPath = _schema }.ToString());
    }

    /// <inheritdoc />
    protected override void DropLocation()
    {
        if (_connection is null)
            return;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(_connection);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", admin);
        drop.ExecuteNonQuery();
    }
}
