using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Tests.Endpoints;

public sealed class InvestEndpointsTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    private static Task<JsonElement> WaitFinalAsync(HttpClient client, string id) => RunPolling.FinalAsync(client, $"/api/invest/{id}");

    [Fact]
    public async Task Projects_BuiltIn_ListsEveryCandidateWithItsEdits()
    {
        var projects = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/projects");

        var list = projects.EnumerateArray().ToList();
        Assert.True(list.Count >= 15, $"{list.Count} candidates");
        var gallium = list.Single(p => p.GetProperty("id").GetString() == "pavlodar-gallium-expansion");
        Assert.Equal("KZ", gallium.GetProperty("country").GetString());
        Assert.True(gallium.GetProperty("capexUsd").GetDouble() > 0);
        Assert.NotEmpty(gallium.GetProperty("edits").EnumerateArray());
    }

    [Fact]
    public async Task Start_StoredPrivateScenario_UsableByItsOwnerOnly()
    {
        var owner = await factory.ClientAsync("invest-owner", Role.Analyst);
        var other = await factory.ClientAsync("invest-other", Role.Analyst);
        var created = await owner.PostAsJsonAsync("/api/scenarios", new
        {
            scenario = new { name = "invest-ga-ban", description = "test", edits = new object[] { new { type = "export_ban", commodity = "gallium", countries = new[] { "CN" } } } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var request = new { budget = 1e9, scenarios = new[] { "baseline@0.5", "invest-ga-ban@0.5" }, checkRuns = 0 };

        var message = await ProblemAssert.NamesField(await other.PostAsJsonAsync("/api/invest", request), "scenarios[1]");
        Assert.Contains("unknown scenario 'invest-ga-ban'", message, StringComparison.Ordinal);

        var started = await owner.PostAsJsonAsync("/api/invest", request);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal("succeeded", (await WaitFinalAsync(owner, id)).GetProperty("status").GetString());
        var results = await owner.GetFromJsonAsync<JsonElement>($"/api/invest/{id}/results");
        // A certain-enough gallium ban builds the Pavlodar expansion, as with the built-in ban scenario.
        Assert.Contains(results.GetProperty("portfolio").EnumerateArray(), p => p.GetProperty("id").GetString() == "pavlodar-gallium-expansion");
    }

    [Fact]
    public async Task Cancel_Running_StatusCancelledAndNoResults()
    {
        // A likely gallium ban builds a portfolio, and 100,000 check replications a side take far
        // longer than any test: the run is certainly unfinished when the cancel arrives.
        var analyst = await factory.ClientAsync("invest-c", Role.Analyst);
        var bob = await factory.ClientAsync("invest-bob", Role.Analyst);
        var started = await (await analyst.PostAsJsonAsync("/api/invest", new
        {
            budget = 1e9,
            scenarios = new[] { "baseline@0.5", "china-gallium-export-ban@0.5" },
            checkRuns = 100_000,
        })).Content.ReadFromJsonAsync<JsonElement>();
        var id = started.GetProperty("id").GetString()!;

        await ProblemAssert.IsProblem(await bob.PostAsync($"/api/invest/{id}/cancel", null), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Accepted, (await analyst.PostAsync($"/api/invest/{id}/cancel", null)).StatusCode);
        var done = await WaitFinalAsync(analyst, id);

        Assert.Equal("cancelled", done.GetProperty("status").GetString());
        await ProblemAssert.IsProblemFor(await analyst.GetAsync($"/api/invest/{id}/results"), HttpStatusCode.Conflict, "id");
    }

    [Fact]
    public async Task Start_GalliumBanLikely_SucceedsWithTheCliFieldsAndTheCheck()
    {
        var analyst = await factory.ClientAsync("invest-a", Role.Analyst);
        var response = await analyst.PostAsJsonAsync("/api/invest", new
        {
            budget = 1e9,
            scenarios = new[] { "baseline@0.5", "china-gallium-export-ban@0.5" },
            sweep = new { min = 0, max = 1e8, step = 1e8 },
            checkRuns = 4,
            seed = 3,
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var done = await WaitFinalAsync(analyst, id);
        Assert.Equal("succeeded", done.GetProperty("status").GetString());
        Assert.Equal(1.0, done.GetProperty("progress").GetDouble());

        var results = await analyst.GetFromJsonAsync<JsonElement>($"/api/invest/{id}/results");
        Assert.Equal(["status", "objective", "portfolio", "frontier", "objectiveKind", "expectedServedTonnes", "check"],
            results.EnumerateObject().Select(p => p.Name).Take(7));
        Assert.Equal("optimal", results.GetProperty("status").GetString());
        var portfolio = results.GetProperty("portfolio").EnumerateArray().ToList();
        Assert.Contains(portfolio, p => p.GetProperty("id").GetString() == "pavlodar-gallium-expansion");
        Assert.All(portfolio, p => Assert.Equal(["id", "capexUsd", "benefitUsd"], p.EnumerateObject().Select(x => x.Name)));
        var frontier = results.GetProperty("frontier").EnumerateArray().ToList();
        Assert.Equal([0.0, 1e8], frontier.Select(f => f.GetProperty("budgetUsd").GetDouble()));
        Assert.True(frontier[1].GetProperty("objective").GetDouble() <= frontier[0].GetProperty("objective").GetDouble());
        var check = results.GetProperty("check");
        Assert.Equal(4, check.GetProperty("runs").GetInt32());
        Assert.Equal(2, check.GetProperty("scenarios").GetArrayLength());
        var chosen = results.GetProperty("projects").EnumerateArray().Where(p => p.GetProperty("chosen").GetBoolean()).ToList();
        Assert.All(chosen, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("why").GetString())));
        // The run is stored like every other: listed under its kind.
        var runs = await analyst.GetFromJsonAsync<JsonElement>("/api/runs?kind=invest");
        Assert.Contains(runs.EnumerateArray(), r => r.GetProperty("id").GetString() == id);
    }

    [Theory]
    [InlineData("budget", """{"budget": -1}""")]
    [InlineData("yearlyBudget", """{"yearlyBudget": -5}""")]
    [InlineData("horizon", """{"horizon": 0}""")]
    [InlineData("objective", """{"objective": "cheapest"}""")]
    [InlineData("checkRuns", """{"checkRuns": -1}""")]
    [InlineData("seed", """{"seed": -1}""")]
    [InlineData("sweep", """{"sweep": {"min": 5, "max": 1, "step": 1}}""")]
    [InlineData("sweep", """{"sweep": {"min": 0, "max": 1000, "step": 1}}""")]
    [InlineData("scenarios[1]", """{"scenarios": ["baseline", "atlantis"]}""")]
    [InlineData("scenarios[0]", """{"scenarios": ["baseline@1.5"]}""")]
    [InlineData("scenarios", """{"scenarios": ["baseline@0.5"]}""")]
    public async Task Start_BadInput_ProblemNamesTheField(string field, string body)
    {
        var analyst = await factory.ClientAsync("invest-b", Role.Analyst);
        var response = await analyst.PostAsync("/api/invest", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssert.NamesField(response, field);
    }

    [Fact]
    public async Task Start_WithoutKeyOrAsViewer_IsRefused()
    {
        object body = new { checkRuns = 0 };
        await ProblemAssert.IsProblem(await factory.CreateClient().PostAsJsonAsync("/api/invest", body), HttpStatusCode.Unauthorized);
        var viewer = await factory.ClientAsync("invest-v", Role.Viewer);
        await ProblemAssert.IsProblem(await viewer.PostAsJsonAsync("/api/invest", body), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Results_UnknownRun_IsNotFound()
    {
        await ProblemAssert.IsProblemFor(await factory.CreateClient().GetAsync("/api/invest/nope/results"), HttpStatusCode.NotFound, "id");
    }
}
