using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Server.Runs;
using Caravan.Storage;

namespace Caravan.Server.Tests.Hardening;

/// <summary>Rate limits and run quotas keep one client from taking the server; every run gets an outcome across stops.</summary>
public sealed class ServerLimitsTests
{
    // Ten million one-year replications never finish within a test: the run stays running until stopped.
    private static readonly object Endless = new { replications = 10_000_000 };

    private static CaravanApiFactory Factory(params (string Key, string Value)[] settings)
    {
        var factory = new CaravanApiFactory { Settings = { ["Caravan:MaxReplications"] = "10000000" } };
        foreach (var (key, value) in settings)
            factory.Settings[key] = value;
        return factory;
    }

    private static async Task<string> StartAsync(HttpClient client, HttpStatusCode expected = HttpStatusCode.Accepted)
    {
        var response = await client.PostAsJsonAsync("/api/simulations", Endless);
        Assert.Equal(expected, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task WaitForStatusAsync(HttpClient client, string id, string status)
    {
        for (var i = 0; i < 2_400; i++)
        {
            if ((await client.GetFromJsonAsync<JsonElement>($"/api/simulations/{id}")).GetProperty("status").GetString() == status)
                return;
            await Task.Delay(50);
        }
        Assert.Fail($"run {id} never became {status}");
    }

    [Fact]
    public async Task RateLimit_OneClientPastItsBurst_429ProblemWithRetryAfter_OthersServed()
    {
        using var factory = Factory(("Caravan:RequestsPerSecond", "0.5"), ("Caravan:RequestBurst", "3"));
        var anonymous = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/commodities")).StatusCode);

        var refused = await anonymous.GetAsync("/api/commodities");

        var body = await ProblemAssert.IsProblem(refused, HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 2);
        Assert.Contains("requests a second", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // A key is a client of its own.
        var keyed = await factory.ClientAsync("keyed", Role.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync("/api/commodities")).StatusCode);
    }

    [Fact]
    public async Task Quota_OneOwnerPastIt_429ProblemWithRetryAfter_OthersStillQueue()
    {
        using var factory = Factory(("Caravan:MaxQueuedRunsPerKey", "2"));
        var alice = await factory.ClientAsync("alice-quota", Role.Analyst);
        var bob = await factory.ClientAsync("bob-quota", Role.Analyst);
        var first = await StartAsync(alice);
        var second = await StartAsync(alice);

        var refused = await alice.PostAsJsonAsync("/api/simulations", Endless);

        var body = await ProblemAssert.IsProblem(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Contains("alice-quota has 2 runs queued or running", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await StartAsync(bob);
        // Cancelling a queued run gives its place back at once.
        await WaitForStatusAsync(alice, first, "running");
        Assert.Equal(HttpStatusCode.Accepted, (await alice.PostAsync($"/api/simulations/{second}/cancel", null)).StatusCode);
        await StartAsync(alice);
    }

    [Fact]
    public async Task GracefulStop_RunningAndQueuedRuns_AllFailedWithAReason()
    {
        string running, queued;
        // A file of the test's own, so it outlives the factory's folder.
        var folder = Directory.CreateTempSubdirectory("caravan-stop-").FullName;
        var database = Path.Combine(folder, "caravan.db");
        using (var factory = Factory(("Caravan:Database", database)))
        {
            var alice = await factory.ClientAsync("alice-stop", Role.Analyst);
            running = await StartAsync(alice);
            queued = await StartAsync(alice);
            await WaitForStatusAsync(alice, running, "running");
        }

        try
        {
            using var store = CaravanStore.Open(StoreLocation.Sqlite(database));
            var afterRunning = (await store.GetRunAsync(running))!;
            var afterQueued = (await store.GetRunAsync(queued))!;
            Assert.Equal((RunStatus.Failed, AbandonedRuns.StoppedReason), (afterRunning.Status, afterRunning.Error));
            Assert.Equal((RunStatus.Failed, AbandonedRuns.StoppedReason), (afterQueued.Status, afterQueued.Error));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task StartUp_RunsLeftByAPreviousProcess_FailedWithTheReason()
    {
        using var factory = Factory();
        string queued, running;
        using (var before = CaravanStore.Open(StoreLocation.Sqlite(factory.DatabasePath)))
        {
            queued = (await before.CreateRunAsync("simulation", "ghost", "{}", """{"kind":"simulation"}""")).Id;
            running = (await before.CreateRunAsync("flow", "ghost", "{}", """{"kind":"flow"}""")).Id;
            await before.StartRunAsync(running);
        }

        var client = factory.CreateClient();

        foreach (var id in new[] { queued, running })
        {
            var run = await client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
            Assert.Equal(("failed", CaravanStore.AbandonedReason), (run.GetProperty("status").GetString(), run.GetProperty("error").GetString()));
        }
    }
}
