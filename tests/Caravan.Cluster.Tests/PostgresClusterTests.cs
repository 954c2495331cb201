using System.Net;
using System.Net.Sockets;
using Caravan.Cluster.Chunks;
using Caravan.Cluster.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Caravan.Cluster.Tests;

/// <summary>
/// ADO.NET clustering on PostgreSQL (<c>CARAVAN_TEST_POSTGRES</c>), each test in a schema of its own:
/// the cluster's migrations create the membership and chunk tables, and two silos and a client find
/// each other through them.
/// </summary>
public sealed class PostgresClusterTests : IDisposable
{
    private readonly string _schema = "caravan_cluster_" + Guid.NewGuid().ToString("N")[..12];
    private string? _admin;

    private string Database()
    {
        _admin = PostgresEnvironment.Connection();
        using (var admin = new NpgsqlConnection(_admin))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {_schema}", admin);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(_admin) { SearchPath = _schema }.ToString();
    }

    [SkippableFact]
    public async Task TwoWorkers_OnTheMigratedDatabase_GiveTheLocalResult_AndForgetTheChunksAfterwards()
    {
        var db = Database();
        ClusterMigrations.Apply(db);
        ClusterMigrations.Apply(db); // a second worker finds the tables made
        var fields = Flagship.Fields(48);
        var question = await Flagship.QuestionAsync(fields, []);
        var local = Flagship.Json(question.Run(null, CancellationToken.None));
        var store = new PostgresChunkStore(db);
        var silos = new List<IHost>();
        try
        {
            for (var i = 0; i < 2; i++)
            {
                var (siloPort, gatewayPort) = (FreePort(), FreePort());
                silos.Add(await ClusterHosts.StartSiloAsync(s => s.UseCaravanPostgres(db, siloPort, gatewayPort, null), store, LogLevel.Warning, CancellationToken.None));
            }
            using var client = await ClusterHosts.ConnectAsync(c => c.UseCaravanPostgres(db), "test", CancellationToken.None);

            var runs = await ClusterSimulation.RunAsync(client.Services.GetRequiredService<IGrainFactory>(), question,
                Flagship.Job(fields, [], question, 1), "pg", null, true, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(3));

            Assert.Equal(local, Flagship.Json(runs));
            Assert.Empty(await store.ReadAsync("pg", CancellationToken.None));
            await using var connection = new NpgsqlConnection(db);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM caravan_orleans_silo WHERE status = 3", connection);
            Assert.Equal(2L, (long)(await count.ExecuteScalarAsync())!);
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.StopAsync(CancellationToken.None);
                silo.Dispose();
            }
        }
    }

    [SkippableFact]
    public async Task ChunkStore_SecondResultOfAChunk_AnsweredWithTheFirst()
    {
        var db = Database();
        ClusterMigrations.Apply(db);
        var store = new PostgresChunkStore(db);
        var key = new ChunkKey("run", 0, 3);

        var first = await store.AddAsync(key, [1, 2, 3], CancellationToken.None);
        var second = await store.AddAsync(key, [9, 9], CancellationToken.None);

        Assert.True(first.Added);
        Assert.False(second.Added);
        Assert.Equal([1, 2, 3], second.Stored);
        Assert.Equal([1, 2, 3], (await store.ReadAsync("run", CancellationToken.None))[(0, 3)]);
    }

    [Fact]
    public void MembershipScript_IsWrittenForTheReferencedOrleansPackage()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot(), "Directory.Packages.props"));
        var referenced = props.Descendants("PackageVersion")
            .Single(e => (string?)e.Attribute("Include") == "Microsoft.Orleans.Clustering.AdoNet").Attribute("Version")!.Value;
        var script = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Caravan.Cluster", "Migrations", "0001_orleans_membership.sql"));

        Assert.Equal(ClusterMigrations.OrleansClusteringVersion, referenced);
        Assert.Contains($"Microsoft.Orleans.Clustering.AdoNet {referenced}", script, StringComparison.Ordinal);
        // Every statement the provider looks up by key is there.
        foreach (var key in new[] { "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
            "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey", "CleanupDefunctSiloEntriesKey" })
            Assert.Contains($"('{key}'", script, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (_admin is null)
            return;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(_admin);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", admin);
        drop.ExecuteNonQuery();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "Caravan.slnx")))
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("no Caravan.slnx above the test folder");
        return dir;
    }
}
