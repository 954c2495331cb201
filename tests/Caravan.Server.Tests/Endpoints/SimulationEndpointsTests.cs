using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Tests.Endpoints;

public sealed class SimulationEndpointsTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    private static object Request(int replications, long seed = 7) =>
        new { from = "kz-pavlodar-aok", to = "jp-kanto-industry", commodity = "gallium", replications, seed, onTimeDays = 20 };

    private static async Task<JsonElement> WaitFinalAsync(HttpClient client, string id)
    {
        for (var i = 0; i < 600; i++)
        {
            var run = await client.GetFromJsonAsync<JsonElement>($"/api/simulations/{id}");
            if (run.GetProperty("status").GetString() is "succeeded" or "failed" or "cancelled")
                return run;
            await Task.Delay(50);
        }
        throw new TimeoutException($"simulation {id} did not finish");
    }

    [Fact]
    public async Task Start_Analyst_AcceptedThenSucceedsWithHistogramOfAllReplications()
    {
        var analyst = await factory.ClientAsync("sim-a", Role.Analyst);
        var response = await analyst.PostAsJsonAsync("/api/simulations", Request(3000));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var done = await WaitFinalAsync(analyst, id);
        Assert.Equal(("succeeded", 1.0), (done.GetProperty("status").GetString(), done.GetProperty("progress").GetDouble()));
        var results = await analyst.GetFromJsonAsync<JsonElement>($"/api/simulations/{id}/results");
        var bins = results.GetProperty("histogram").GetProperty("bins").EnumerateArray().ToList();
        Assert.Equal(3000, bins.Sum(b => b.GetProperty("count").GetInt32()));
        var stats = results.GetProperty("leadTimeDays");
        Assert.True(stats.GetProperty("min").GetDouble() <= stats.GetProperty("p50").GetDouble());
        Assert.True(stats.GetProperty("p50").GetDouble() <= stats.GetProperty("p95").GetDouble());
        Assert.True(stats.GetProperty("p95").GetDouble() <= stats.GetProperty("max").GetDouble());
        var onTime = results.GetProperty("onTimeRate").GetDouble();
        Assert.InRange(onTime, 0, 1);
        var manifest = done.GetProperty("manifest");
        Assert.Equal(7, manifest.GetProperty("seed").GetInt64());
        Assert.True(manifest.GetProperty("wallSeconds").GetDouble() >= 0);
    }

    [Fact]
    public async Task Start_SameSeedTwice_SameResults()
    {
        var analyst = await factory.ClientAsync("sim-b", Role.Analyst);
        var ids = new List<string>();
        foreach (var _ in new[] { 1, 2 })
        {
            var started = await (await analyst.PostAsJsonAsync("/api/simulations", Request(1000, seed: 42))).Content.ReadFromJsonAsync<JsonElement>();
            ids.Add(started.GetProperty("id").GetString()!);
        }
        foreach (var id in ids)
            await WaitFinalAsync(analyst, id);
        var a = await analyst.GetStringAsync($"/api/simulations/{ids[0]}/results");
        var b = await analyst.GetStringAsync($"/api/simulations/{ids[1]}/results");
        Assert.Equal(a, b);
        var comparison = await analyst.GetFromJsonAsync<JsonElement>($"/api/runs/compare?a={ids[0]}&b={ids[1]}");
        Assert.All(comparison.GetProperty("numbers").EnumerateArray(), n => Assert.Equal(0, n.GetProperty("difference").GetDouble()));
    }

    [Fact]
    public async Task Cancel_Running_StatusCancelledAndNoResults()
    {
        var analyst = await factory.ClientAsync("sim-c", Role.Analyst);
        var started = await (await analyst.PostAsJsonAsync("/api/simulations", Request(100_000))).Content.ReadFromJsonAsync<JsonElement>();
        var id = started.GetProperty("id").GetString()!;
        var cancel = await analyst.PostAsync($"/api/simulations/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        var done = await WaitFinalAsync(analyst, id);
        Assert.Equal("cancelled", done.GetProperty("status").GetString());
        await ProblemAssert.IsProblemFor(await analyst.GetAsync($"/api/simulations/{id}/results"), HttpStatusCode.Conflict, "id");
        await ProblemAssert.IsProblemFor(await analyst.PostAsync($"/api/simulations/{id}/cancel", null), HttpStatusCode.Conflict, "id");
    }

    [Fact]
    public async Task Cancel_OtherUsersRun_Forbidden()
    {
        var alice = await factory.ClientAsync("sim-alice", Role.Analyst);
        var bob = await factory.ClientAsync("sim-bob", Role.Analyst);
        var started = await (await alice.PostAsJsonAsync("/api/simulations", Request(100_000))).Content.ReadFromJsonAsync<JsonElement>();
        var id = started.GetProperty("id").GetString()!;
        await ProblemAssert.IsProblem(await bob.PostAsync($"/api/simulations/{id}/cancel", null), HttpStatusCode.Forbidden);
        await alice.PostAsync($"/api/simulations/{id}/cancel", null);
        await WaitFinalAsync(alice, id);
    }

    [Fact]
    public async Task Start_TooManyReplicationsOrNoRoute_ProblemNamesField()
    {
        var analyst = await factory.ClientAsync("sim-d", Role.Analyst);
        await ProblemAssert.NamesField(await analyst.PostAsJsonAsync("/api/simulations", Request(10_000_000)), "replications");
        await ProblemAssert.NamesField(await analyst.PostAsJsonAsync("/api/simulations", new { from = "kz-pavlodar-aok" }), "to");
        await ProblemAssert.NamesField(await analyst.PostAsJsonAsync("/api/simulations",
            new { from = "kz-kazatomprom-south", to = "jp-kanto-industry", commodity = "u3o8", avoidModes = "sea,rail" }), "to");
    }

    [Fact]
    public async Task Start_NoKeyOrViewer_Refused()
    {
        await ProblemAssert.IsProblem(await factory.CreateClient().PostAsJsonAsync("/api/simulations", Request(10)), HttpStatusCode.Unauthorized);
        var viewer = await factory.ClientAsync("sim-viewer", Role.Viewer);
        await ProblemAssert.IsProblem(await viewer.PostAsJsonAsync("/api/simulations", Request(10)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Progress_UnknownOrNotASimulation_404()
    {
        var client = factory.CreateClient();
        await ProblemAssert.IsProblemFor(await client.GetAsync("/api/simulations/nope"), HttpStatusCode.NotFound, "id");
        await ProblemAssert.IsProblemFor(await client.GetAsync("/api/simulations/nope/results"), HttpStatusCode.NotFound, "id");
        var analyst = await factory.ClientAsync("sim-e", Role.Analyst);
        await ProblemAssert.IsProblemFor(await analyst.PostAsync("/api/simulations/nope/cancel", null), HttpStatusCode.NotFound, "id");
    }
}
