using System.Reflection;
using DbUp;
using Npgsql;

namespace Caravan.Cluster.Hosting;

/// <summary>
/// Creates the cluster's tables in its PostgreSQL database: the Orleans membership that ADO.NET
/// clustering reads (the statements its provider runs, by key) and the chunk results. Versioned
/// scripts under <c>Migrations/</c>, run once each by DbUp and journalled in <c>caravan_cluster_migrations</c>;
/// every worker runs them at start, and a database already up to date is left alone.
/// </summary>
public static class ClusterMigrations
{
    /// <summary>The Orleans ADO.NET clustering package the membership script is written for.</summary>
    public const string OrleansClusteringVersion = "10.4.2";

    /// <summary>Applies the scripts not yet applied to the database at <paramref name="connectionString"/>.</summary>
    /// <exception cref="ClusterException">The database cannot be reached or a script fails.</exception>
    public static void Apply(string connectionString)
    {
        string schema;
        try
        {
            schema = new NpgsqlConnectionStringBuilder(connectionString).SearchPath?.Split(',')[0].Trim() is { Length: > 0 } path ? path : "public";
        }
        catch (ArgumentException e)
        {
            throw new ClusterException($"--cluster-db is not a PostgreSQL connection string: {e.Message}");
        }
        var result = DeployChanges.To.PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.Contains(".Migrations.", StringComparison.Ordinal))
            .JournalToPostgresqlTable(schema, "caravan_cluster_migrations")
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
        {
            var why = result.Error?.Message.ReplaceLineEndings(" ") ?? "unknown error";
            throw new ClusterException(result.ErrorScript is { } script ? $"cluster migration {script.Name} failed: {why}" : $"cannot prepare the cluster database: {why}");
        }
    }
}
