using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Cli.Commands;
using Microsoft.AspNetCore.Builder;
using Npgsql;
using Spectre.Console.Testing;

namespace Caravan.Cli.Tests.Commands;

/// <summary>
/// <c>caravan serve</c> in-process on a loopback port: it prints the URL and answers there, on
/// SQLite and on PostgreSQL. One class, so the tests (which share the Started hook) never overlap.
/// </summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_Sqlite_PrintsUrlAndServesApiAndDashboard()
    {
        var db = Path.Combine(CliRunner.TempFolder(), "serve.db");
        var (exit, output, network, index) = await ServeAsync("--db", db);
        Assert.Equal(0, exit);
        Assert.Contains("dashboard      http://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains("sqlite " + db, output, StringComparison.Ordinal);
        Assert.Equal("eurasia", network.GetProperty("dataset").GetString());
        Assert.Contains("<title>Caravan", index, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Serve_Postgres_ServesOnTheDatabase()
    {
        var connection = Environment.GetEnvironmentVariable("CARAVAN_TEST_POSTGRES");
        var onCi = Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(connection))
        {
            Assert.False(onCi, "CARAVAN_TEST_POSTGRES must be set on CI");
            Skip.If(true, "CARAVAN_TEST_POSTGRES is not set, so this PostgreSQL test is skipped: set it to a database you may create schemas in "
                + "(Host=127.0.0.1;Port=5432;Database=caravan_test;Username=caravan;Password=...), or run .ci/run, which starts one");
        }
        var schema = "caravan_serve_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(connection))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE SCHEMA {schema}", admin).ExecuteNonQueryAsync();
        }
        try
        {
            var db = new NpgsqlConnectionStringBuilder(connection) { SearchPath = schema }.ToString();
            var (exit, output, network, _) = await ServeAsync("--db", db);
            Assert.Equal(0, exit);
            Assert.Contains("postgresql ", output, StringComparison.Ordinal);
            Assert.Equal("eurasia", network.GetProperty("dataset").GetString());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(connection);
            await admin.OpenAsync();
            await new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin).ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public void Serve_BadDataset_OneLineErrorBeforeListening()
    {
        var (exit, output) = CliRunner.Run("serve", "--data", "/no/such/folder", "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, exit);
        Assert.Contains("dataset '/no/such/folder'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_BadMineralsTable_ListsTheProblemBeforeListening()
    {
        var folder = CliRunner.FixtureWithBadMinerals();
        try
        {
            var (exit, output) = CliRunner.Run("serve", "--data", folder, "--urls", "http://127.0.0.1:0");

            Assert.Equal(1, exit);
            Assert.Contains("'quantity' must be a number, got 'lots'", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output, JsonElement Network, string Index)> ServeAsync(params string[] extra)
    {
        var started = new TaskCompletionSource<WebApplication>(TaskCreationOptions.RunContinuationsAsynchronously);
        ServeCommand.Started = app => started.TrySetResult(app);
        var console = new TestConsole().Width(300);
        var run = Task.Run(() => CaravanApp.Run(["serve", "--urls", "http://127.0.0.1:0", .. extra], console));
        try
        {
            var app = await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
            var url = console.Output.Split('\n').Single(l => l.Contains("dashboard", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            var network = await client.GetFromJsonAsync<JsonElement>("api/network");
            var index = await client.GetStringAsync("");
            await app.StopAsync();
            var exit = await run.WaitAsync(TimeSpan.FromSeconds(30));
            return (exit, console.Output, network, index);
        }
        finally
        {
            ServeCommand.Started = null;
        }
    }
}
