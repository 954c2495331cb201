using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Tests.Hardening;

/// <summary>A server killed mid-run (kill -9) leaves no run stranded: after a restart the run is failed with the reason.</summary>
public sealed class ServerCrashTests
{
    [Fact]
    public async Task KilledMidRun_AfterRestart_RunFailedWithAReason()
    {
        var folder = Directory.CreateTempSubdirectory("caravan-crash-").FullName;
        var database = Path.Combine(folder, "caravan.db");
        try
        {
            string token;
            using (var store = CaravanStore.Open(StoreLocation.Sqlite(database)))
                token = (await store.CreateKeyAsync("crash", Role.Analyst)).Token;
            string id;
            using (var first = await ServerProcess.StartAsync(database, "--Caravan:MaxReplications=10000000"))
            {
                using var client = Client(first, token);
                // Ten million replications: running for hours, so the kill always lands mid-run.
                var started = await client.PostAsJsonAsync("/api/simulations", new { replications = 10_000_000 });
                id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                var queued = await client.PostAsJsonAsync("/api/simulations", new { replications = 10_000_000 });
                Assert.Equal(System.Net.HttpStatusCode.Accepted, queued.StatusCode);
                await WaitUntilRunningAsync(client, id);
                first.KillHard();
            }
            using (var store = CaravanStore.Open(StoreLocation.Sqlite(database)))
                Assert.Equal(RunStatus.Running, (await store.GetRunAsync(id))!.Status); // what the kill left

            using var second = await ServerProcess.StartAsync(database);
            using var reader = Client(second, token);

            var run = await reader.GetFromJsonAsync<JsonElement>($"/api/simulations/{id}");
            Assert.Equal(("failed", CaravanStore.AbandonedReason), (run.GetProperty("status").GetString(), run.GetProperty("error").GetString()));
            var runs = await reader.GetFromJsonAsync<JsonElement>("/api/runs?kind=simulation");
            Assert.All(runs.EnumerateArray(), r => Assert.Equal("failed", r.GetProperty("status").GetString()));
            Assert.Equal(2, runs.GetArrayLength());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static HttpClient Client(ServerProcess server, string token)
    {
        var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task WaitUntilRunningAsync(HttpClient client, string id)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if ((await client.GetFromJsonAsync<JsonElement>($"/api/simulations/{id}")).GetProperty("status").GetString() == "running")
                return;
            await Task.Delay(50);
        }
        Assert.Fail($"run {id} never started");
    }
}
