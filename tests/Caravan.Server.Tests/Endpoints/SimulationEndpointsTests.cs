using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Tests.Endpoints;

public sealed class SimulationEndpointsTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    // Gallium and uranium: the flagship minerals, a few origin-destination pairs, quick replications.
    private static object Request(int replications, long seed = 7) =>
        new { commodity = "gallium,u3o8", replications, seed, horizonDays = 120, warmupDays = 10 };

    private static Task<JsonElement> WaitFinalAsync(HttpClient client, string id) => RunPolling.FinalAsync(client, $"/api/simulations/{id}");

    [Fact]
    public async Task Start_Analyst_AcceptedThenSucceedsWithTheSimulatorsFields()
    {
        var analyst = await factory.ClientAsync("sim-a", Role.Analyst);
        var response = await analyst.PostAsJsonAsync("/api/simulations", Request(40));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var done = await WaitFinalAsync(analyst, id);
        Assert.Equal(("succeeded", 1.0), (done.GetProperty("status").GetString(), done.GetProperty("progress").GetDouble()));
        var results = await analyst.GetFromJsonAsync<JsonElement>($"/api/simulations/{id}/results");

        var manifest = results.GetProperty("manifest");
        Assert.Equal((40, 7L), (manifest.GetProperty("replications").GetInt32(), manifest.GetProperty("seed").GetInt64()));
        var pairs = results.GetProperty("odPairs").EnumerateArray().ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.Contains(p.GetProperty("commodity").GetString(), new[] { "gallium", "u3o8" }));
        var histograms = results.GetProperty("odHistograms").EnumerateArray().ToList();
        Assert.Equal(pairs.Count, histograms.Count);
        long Total(JsonElement h) => h.GetProperty("bins").EnumerateArray().Sum(b => b.GetProperty("count").GetInt64());
        Assert.Equal(histograms.Sum(Total), Total(results.GetProperty("histogram")));
        for (var i = 0; i < pairs.Count; i++)
        {
            var p = pairs[i];
            Assert.True(p.GetProperty("deliveredTonnes").GetDouble() >= 0);
            Assert.InRange(p.GetProperty("stockoutProbability").GetDouble(), 0, 1);
            if (p.GetProperty("leadTimeDays").ValueKind != JsonValueKind.Object)
                continue;
            var lead = p.GetProperty("leadTimeDays");
            Assert.True(lead.GetProperty("p50").GetDouble() <= lead.GetProperty("p90").GetDouble());
            Assert.True(lead.GetProperty("p90").GetDouble() <= lead.GetProperty("p95").GetDouble());
            Assert.True(lead.GetProperty("p95").GetDouble() <= lead.GetProperty("p99").GetDouble());
            Assert.InRange(p.GetProperty("onTimeRate").GetDouble(), 0, 1);
            // The median lies inside the pair's histogram (bins are 1 %-wide log bins regrouped).
            var bins = histograms[i].GetProperty("bins").EnumerateArray().ToList();
            Assert.InRange(lead.GetProperty("p50").GetDouble(), bins[0].GetProperty("from").GetDouble() * 0.98, bins[^1].GetProperty("to").GetDouble() * 1.02);
        }
        var resource = results.GetProperty("resources")[0];
        foreach (var field in new[] { "id", "utilisation", "meanQueue", "maxQueue", "meanWaitHours" })
            Assert.True(resource.TryGetProperty(field, out _), field);
        Assert.True(done.GetProperty("manifest").GetProperty("wallSeconds").GetDouble() >= 0);
    }

    [Fact]
    public async Task Start_SameSeedTwice_SameResults()
    {
        var analyst = await factory.ClientAsync("sim-b", Role.Analyst);
        var ids = new List<string>();
        foreach (var _ in new[] { 1, 2 })
        {
            var started = await (await analyst.PostAsJsonAsync("/api/simulations", Request(20, seed: 42))).Content.ReadFromJsonAsync<JsonElement>();
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
        // 100,000 one-year replications of every commodity take far longer than any test: the run
        // is certainly unfinished when the cancel arrives, however fast the machine.
        var analyst = await factory.ClientAsync("sim-c", Role.Analyst);
        var started = await (await analyst.PostAsJsonAsync("/api/simulations", new { replications = 100_000 })).Content.ReadFromJsonAsync<JsonElement>();
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
        var started = await (await alice.PostAsJsonAsync("/api/simulations", new { replications = 100_000 })).Content.ReadFromJsonAsync<JsonElement>();
        var id = started.GetProperty("id").GetString()!;
        await ProblemAssert.IsProblem(await bob.PostAsync($"/api/simulations/{id}/cancel", null), HttpStatusCode.Forbidden);
        await alice.PostAsync($"/api/simulations/{id}/cancel", null);
        await WaitFinalAsync(alice, id);
    }

    [Theory]
    [InlineData("""{"replications": 10000000}""", "replications")]
    [InlineData("""{"replications": 0}""", "replications")]
    [InlineData("""{"seed": -1}""", "seed")]
    [InlineData("""{"horizonDays": 0}""", "horizonDays")]
    [InlineData("""{"horizonDays": 100, "warmupDays": 100}""", "warmupDays")]
    [InlineData("""{"lotTonnes": -5}""", "lotTonnes")]
    [InlineData("""{"arrivals": "1"}""", "arrivals")]
    [InlineData("""{"commodity": "galium"}""", "commodity")]
    [InlineData("""{"scenario": "no-such-scenario"}""", "scenario")]
    [InlineData("""{"replications": "many"}""", "replications")]
    public async Task Start_BadInput_ProblemNamesField(string json, string field)
    {
        var analyst = await factory.ClientAsync("sim-d", Role.Analyst);
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        await ProblemAssert.NamesField(await analyst.PostAsync("/api/simulations", content), field);
    }

    [Fact]
    public async Task Start_ScenarioClosesEverySource_ProblemNamesCommodity()
    {
        var analyst = await factory.ClientAsync("sim-f", Role.Analyst);
        var created = await analyst.PostAsJsonAsync("/api/scenarios", new
        {
            scenario = new { name = "no-gallium-anywhere", edits = new object[] { new { type = "close", countries = new[] { "KZ", "CN", "AU" } } } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var message = await ProblemAssert.NamesField(await analyst.PostAsJsonAsync("/api/simulations",
            new { commodity = "gallium", scenario = "no-gallium-anywhere", replications = 5 }), "commodity");
        Assert.Contains("nothing to simulate", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoKeyOrViewer_Refused()
    {
        await ProblemAssert.IsProblem(await factory.CreateClient().PostAsJsonAsync("/api/simulations", Request(10)), HttpStatusCode.Unauthorized);
        var wrong = factory.ClientWithToken("cvn_000000000000_not-a-real-secret");
        await ProblemAssert.IsProblem(await wrong.PostAsJsonAsync("/api/simulations", Request(10)), HttpStatusCode.Unauthorized);
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
