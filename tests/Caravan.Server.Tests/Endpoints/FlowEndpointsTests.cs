using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Optimization.Flows;
using Caravan.Storage;

namespace Caravan.Server.Tests.Endpoints;

public sealed class FlowEndpointsTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    private static Task<JsonElement> WaitFinalAsync(HttpClient client, string path) => RunPolling.FinalAsync(client, path);

    private static async Task<string> StartAsync(HttpClient client, string path, object request)
    {
        var response = await client.PostAsJsonAsync(path, request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal($"/api/flows/{id}", response.Headers.Location!.ToString());
        return id;
    }

    [Fact]
    public async Task Start_Analyst_SucceedsWithTheSolverAnswer()
    {
        var analyst = await factory.ClientAsync("flow-a", Role.Analyst);
        var id = await StartAsync(analyst, "/api/flows", new { commodity = "gallium", scenario = "russia-transit-closed" });
        var done = await WaitFinalAsync(analyst, $"/api/flows/{id}");
        Assert.Equal("succeeded", done.GetProperty("status").GetString());
        Assert.Equal("russia-transit-closed", done.GetProperty("manifest").GetProperty("scenario").GetString());
        var results = await analyst.GetFromJsonAsync<JsonElement>($"/api/flows/{id}/results");

        // Oracle: the flow planner itself on the same dataset and scenario (what 'caravan flow' prints).
        var dataset = DatasetReader.BuiltIn();
        var applied = ScenarioApplier.Apply(dataset, [ScenarioCatalog.From(new BuiltInSource()).Resolve("russia-transit-closed").Scenario!]);
        var expected = FlowPlanner.Plan(applied, new FlowOptions { Commodities = ["gallium"] });
        Assert.Equal(expected.TotalCostUsd, results.GetProperty("totalCostUsd").GetDouble(), 1e-6 * Math.Max(1, expected.TotalCostUsd));
        Assert.Equal(expected.UnmetTonnes, results.GetProperty("unmetTonnes").GetDouble(), 1e-6);
        Assert.Equal("optimal", results.GetProperty("status").GetString());
        var flows = results.GetProperty("flows").EnumerateArray().ToList();
        Assert.NotEmpty(flows);
        foreach (var f in flows)
        {
            Assert.Equal("gallium", f.GetProperty("commodity").GetString());
            Assert.True(f.GetProperty("tonnes").GetDouble() > 0);
            Assert.DoesNotContain(f.GetProperty("link").GetString(), applied.RemovedLinks);
            Assert.True(f.TryGetProperty("utilisation", out _));
        }
        Assert.All(results.GetProperty("bottlenecks").EnumerateArray(), b =>
        {
            // Binding for the minerals or queueing under the corridors' background freight: worth something either way.
            Assert.True(b.GetProperty("valueUsdPerUnitPerDay").GetDouble() > 0);
            Assert.True(b.GetProperty("dualUsdPerUnitPerDay").GetDouble() >= 0);
            Assert.Contains(b.GetProperty("kind").GetString(), new[] { "link", "node" });
            Assert.False(string.IsNullOrEmpty(b.GetProperty("id").GetString()));
        });
    }

    [Theory]
    [InlineData("cost-scaling", "or-tools min-cost flow")]
    [InlineData("network-simplex", "network simplex")]
    [InlineData("lp", "CLP")]
    public async Task Start_MethodAsked_SolvesWithIt(string method, string solver)
    {
        var analyst = await factory.ClientAsync("flow-method", Role.Analyst);
        var id = await StartAsync(analyst, "/api/flows", new { commodity = "gallium", method });
        Assert.Equal("succeeded", (await WaitFinalAsync(analyst, $"/api/flows/{id}")).GetProperty("status").GetString());

        var results = await analyst.GetFromJsonAsync<JsonElement>($"/api/flows/{id}/results");

        Assert.Equal(solver, results.GetProperty("solver").GetString());
        Assert.Equal("optimal", results.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Compare_TwoScenarios_ReportWithReferenceFirst()
    {
        var analyst = await factory.ClientAsync("flow-b", Role.Analyst);
        var id = await StartAsync(analyst, "/api/flows/compare",
            new { commodity = "gallium,u3o8", scenarios = new[] { "baseline", "russia-transit-closed+china-transit-closed" } });
        Assert.Equal("succeeded", (await WaitFinalAsync(analyst, $"/api/flows/{id}")).GetProperty("status").GetString());
        var results = await analyst.GetFromJsonAsync<JsonElement>($"/api/flows/{id}/results");
        var scenarios = results.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Equal(["baseline", "russia-transit-closed+china-transit-closed"], scenarios.Select(s => s.GetProperty("scenario").GetString()));
        Assert.Equal(0, scenarios[0].GetProperty("deltaCostUsd").GetDouble());
        var delta = scenarios[1].GetProperty("totalCostUsd").GetDouble() - scenarios[0].GetProperty("totalCostUsd").GetDouble();
        Assert.Equal(delta, scenarios[1].GetProperty("deltaCostUsd").GetDouble(), 1e-6 * Math.Abs(delta) + 1e-6);
        // Closing transit can only make the least-cost plan dearer.
        Assert.True(delta >= -1e-6);
        Assert.True(results.TryGetProperty("corridorShifts", out _));
    }

    [Theory]
    [InlineData("""{"period": "fortnight"}""", "period")]
    [InlineData("""{"period": "-3"}""", "period")]
    [InlineData("""{"commodity": "unobtainium"}""", "commodity")]
    [InlineData("""{"origins": "XX"}""", "origins")]
    [InlineData("""{"scenario": "no-such-scenario"}""", "scenario")]
    [InlineData("""{"timeLimitSeconds": 0}""", "timeLimitSeconds")]
    [InlineData("""{"scenarios": ["baseline", "russia-transit-closed"]}""", "scenarios")]
    [InlineData("""{"period": 5}""", "period")]
    [InlineData("""{"method": "simplex"}""", "method")]
    [InlineData("""{"startDay": 365}""", "startDay")]
    [InlineData("""{"startDay": -1}""", "startDay")]
    public async Task Start_BadInput_ProblemNamesField(string json, string field)
    {
        var analyst = await factory.ClientAsync("flow-c", Role.Analyst);
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        await ProblemAssert.NamesField(await analyst.PostAsync("/api/flows", content), field);
    }

    [Theory]
    [InlineData("""{"scenarios": ["baseline"]}""", "scenarios")]
    [InlineData("""{}""", "scenarios")]
    [InlineData("""{"scenarios": ["baseline", "russia-transit-closed+nope"]}""", "scenarios[1]")]
    [InlineData("""{"scenarios": ["baseline", "china-transit-closed"], "scenario": "baseline"}""", "scenario")]
    public async Task Compare_BadInput_ProblemNamesField(string json, string field)
    {
        var analyst = await factory.ClientAsync("flow-d", Role.Analyst);
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var message = await ProblemAssert.NamesField(await analyst.PostAsync("/api/flows/compare", content), field);
        if (field == "scenarios[1]")
            Assert.Contains("nope", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/flows")]
    [InlineData("/api/flows/compare")]
    public async Task Start_NoKeyWrongKeyViewer_Refused(string path)
    {
        var request = new { scenarios = new[] { "baseline", "russia-transit-closed" } };
        await ProblemAssert.IsProblem(await factory.CreateClient().PostAsJsonAsync(path, request), HttpStatusCode.Unauthorized);
        var wrong = factory.ClientWithToken("cvn_000000000000_not-a-real-secret");
        await ProblemAssert.IsProblem(await wrong.PostAsJsonAsync(path, request), HttpStatusCode.Unauthorized);
        var viewer = await factory.ClientAsync("flow-viewer", Role.Viewer);
        await ProblemAssert.IsProblem(await viewer.PostAsJsonAsync(path, request), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Cancel_QueuedFlow_OthersRefusedOwnerCancelsNoResults()
    {
        var alice = await factory.ClientAsync("flow-alice", Role.Analyst);
        var bob = await factory.ClientAsync("flow-bob", Role.Analyst);
        // The test server has one worker: a simulation far too long to finish holds it, so the flow stays queued.
        var blocker = (await (await alice.PostAsJsonAsync("/api/simulations", new { replications = 100_000 })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        try
        {
            var id = await StartAsync(alice, "/api/flows", new { commodity = "gallium" });
            await ProblemAssert.IsProblemFor(await alice.GetAsync($"/api/flows/{id}/results"), HttpStatusCode.Conflict, "id");
            await ProblemAssert.IsProblem(await bob.PostAsync($"/api/flows/{id}/cancel", null), HttpStatusCode.Forbidden);
            Assert.Equal(HttpStatusCode.Accepted, (await alice.PostAsync($"/api/flows/{id}/cancel", null)).StatusCode);
            Assert.Equal("cancelled", (await WaitFinalAsync(alice, $"/api/flows/{id}")).GetProperty("status").GetString());
            await ProblemAssert.IsProblemFor(await alice.PostAsync($"/api/flows/{id}/cancel", null), HttpStatusCode.Conflict, "id");
            // A flow run is not a simulation, and the other way round.
            await ProblemAssert.IsProblemFor(await alice.GetAsync($"/api/simulations/{id}"), HttpStatusCode.NotFound, "id");
            await ProblemAssert.IsProblemFor(await alice.GetAsync($"/api/flows/{blocker}"), HttpStatusCode.NotFound, "id");
        }
        finally
        {
            await alice.PostAsync($"/api/simulations/{blocker}/cancel", null);
            await WaitFinalAsync(alice, $"/api/simulations/{blocker}");
        }
    }
}
