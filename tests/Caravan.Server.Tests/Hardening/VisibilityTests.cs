using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Tests.Hardening;

/// <summary>Runs follow the visibility of the scenarios they used, and no answer reveals that someone else's private scenario exists.</summary>
public sealed class VisibilityTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    private static object Scenario(string name, bool shared = false, double factor = 0.5) => new
    {
        scenario = new { name, edits = new object[] { new { type = "scale_capacity", nodes = new[] { "KZDOS" }, factor } } },
        shared,
    };

    [Fact]
    public async Task Create_NameOfAnotherUsersPrivateScenario_Created()
    {
        var bob = await factory.ClientAsync("bob-names", Role.Analyst);
        var alice = await factory.ClientAsync("alice-names", Role.Analyst);
        Assert.Equal(HttpStatusCode.Created, (await bob.PostAsJsonAsync("/api/scenarios", Scenario("quiet-plan", factor: 0.25))).StatusCode);

        // Alice cannot see Bob's "quiet-plan", so its name must not be refused to her either.
        var created = await alice.PostAsJsonAsync("/api/scenarios", Scenario("quiet-plan", factor: 0.75));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        double Factor(JsonElement s) => s.GetProperty("document").GetProperty("edits")[0].GetProperty("factor").GetDouble();
        Assert.Equal(0.75, Factor(await alice.GetFromJsonAsync<JsonElement>("/api/scenarios/quiet-plan")));
        Assert.Equal(0.25, Factor(await bob.GetFromJsonAsync<JsonElement>("/api/scenarios/quiet-plan")));
        // Her own name again, or a shared one, is a conflict she can see.
        await ProblemAssert.IsProblemFor(await alice.PostAsJsonAsync("/api/scenarios", Scenario("quiet-plan")), HttpStatusCode.Conflict, "scenario.name");
        Assert.Equal(HttpStatusCode.Created, (await bob.PostAsJsonAsync("/api/scenarios", Scenario("open-plan", shared: true))).StatusCode);
        await ProblemAssert.IsProblemFor(await alice.PostAsJsonAsync("/api/scenarios", Scenario("open-plan")), HttpStatusCode.Conflict, "scenario.name");
        // Deleting hers leaves his.
        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync("/api/scenarios/quiet-plan")).StatusCode);
        Assert.Equal(0.25, Factor(await bob.GetFromJsonAsync<JsonElement>("/api/scenarios/quiet-plan")));
    }

    [Fact]
    public async Task RouteRun_UnderAPrivateScenario_ReadableByItsOwnerAndAdminsOnly()
    {
        var alice = await factory.ClientAsync("alice-runs", Role.Analyst);
        var bob = await factory.ClientAsync("bob-runs", Role.Analyst);
        var admin = await factory.ClientAsync("root-runs", Role.Admin);
        Assert.Equal(HttpStatusCode.Created, (await alice.PostAsJsonAsync("/api/scenarios", Scenario("alice-dostyk"))).StatusCode);
        var question = new { from = "kz-pavlodar-aok", to = "jp-kanto-industry", scenario = "alice-dostyk" };
        var secret = await (await alice.PostAsJsonAsync("/api/routes", question)).Content.ReadFromJsonAsync<JsonElement>();
        var plain = await (await alice.PostAsJsonAsync("/api/routes", new { from = "kz-pavlodar-aok", to = "jp-kanto-industry" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = secret.GetProperty("id").GetString();
        var plainId = plain.GetProperty("id").GetString();

        foreach (var outsider in new[] { factory.CreateClient(), bob })
        {
            await ProblemAssert.IsProblemFor(await outsider.GetAsync($"/api/runs/{id}"), HttpStatusCode.NotFound, "id");
            await ProblemAssert.IsProblemFor(await outsider.GetAsync($"/api/runs/compare?a={plainId}&b={id}"), HttpStatusCode.NotFound, "b");
            var listed = (await outsider.GetFromJsonAsync<JsonElement>("/api/runs?limit=1000")).EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
            Assert.DoesNotContain(id, listed);
            Assert.Contains(plainId, listed);
        }
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync($"/api/runs/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/runs/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/api/runs/{plainId}")).StatusCode);
    }

    [Fact]
    public async Task SimulationRun_UnderAPrivateScenario_ProgressAndResultsHiddenFromOthers()
    {
        var alice = await factory.ClientAsync("alice-sims", Role.Analyst);
        var bob = await factory.ClientAsync("bob-sims", Role.Analyst);
        Assert.Equal(HttpStatusCode.Created, (await alice.PostAsJsonAsync("/api/scenarios", Scenario("alice-sim-plan"))).StatusCode);
        var started = await alice.PostAsJsonAsync("/api/simulations",
            new { commodity = "gallium", replications = 2, horizonDays = 60, warmupDays = 5, scenario = "baseline,alice-sim-plan" });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await RunPolling.FinalAsync(alice, $"/api/simulations/{id}");

        foreach (var outsider in new[] { factory.CreateClient(), bob })
        {
            await ProblemAssert.IsProblemFor(await outsider.GetAsync($"/api/simulations/{id}"), HttpStatusCode.NotFound, "id");
            await ProblemAssert.IsProblemFor(await outsider.GetAsync($"/api/simulations/{id}/results"), HttpStatusCode.NotFound, "id");
        }
        await ProblemAssert.IsProblemFor(await bob.PostAsync($"/api/simulations/{id}/cancel", null), HttpStatusCode.NotFound, "id");
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync($"/api/simulations/{id}/results")).StatusCode);
    }
}
