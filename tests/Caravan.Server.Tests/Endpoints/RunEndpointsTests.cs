using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Tests.Endpoints;

public sealed class RunEndpointsTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    private async Task<string> SaveRouteAsync(HttpClient analyst, string avoid)
    {
        var response = await analyst.PostAsJsonAsync("/api/routes", new { from = "kz-pavlodar-aok", to = "jp-kanto-industry", avoidCountries = avoid });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Compare_TwoRouteRuns_DifferingInputAndNumbersWithDifference()
    {
        var analyst = await factory.ClientAsync("runs-a", Role.Analyst);
        var a = await SaveRouteAsync(analyst, "RU");
        var b = await SaveRouteAsync(analyst, "RU,CN");
        var comparison = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/runs/compare?a={a}&b={b}");
        var difference = Assert.Single(comparison.GetProperty("differences").EnumerateArray(), d => d.GetProperty("path").GetString() == "inputs.avoidCountries");
        Assert.Equal("RU,CN", difference.GetProperty("b").GetString());
        var cost = comparison.GetProperty("numbers").EnumerateArray().Single(n => n.GetProperty("path").GetString() == "results.routes[0].generalisedCostUsd");
        Assert.Equal(cost.GetProperty("b").GetDouble() - cost.GetProperty("a").GetDouble(), cost.GetProperty("difference").GetDouble(), 1e-9);
        Assert.True(cost.GetProperty("difference").GetDouble() >= 0, "avoiding more cannot make the best route cheaper");
    }

    [Fact]
    public async Task List_ByKind_NewestFirstWithoutResults()
    {
        var analyst = await factory.ClientAsync("runs-b", Role.Analyst);
        var first = await SaveRouteAsync(analyst, "IR");
        await Task.Delay(5);
        var second = await SaveRouteAsync(analyst, "IR,RU");
        var runs = (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/runs?kind=route")).EnumerateArray().ToList();
        var ids = runs.Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.True(ids.IndexOf(second) < ids.IndexOf(first));
        Assert.All(runs, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("results").ValueKind));
        await ProblemAssert.NamesField(await factory.CreateClient().GetAsync("/api/runs?limit=0"), "limit");
    }

    [Fact]
    public async Task Get_UnknownAndCompareMissing_ProblemsNameFields()
    {
        var client = factory.CreateClient();
        await ProblemAssert.IsProblemFor(await client.GetAsync("/api/runs/nope"), HttpStatusCode.NotFound, "id");
        await ProblemAssert.NamesField(await client.GetAsync("/api/runs/compare?b=x"), "a");
        var analyst = await factory.ClientAsync("runs-c", Role.Analyst);
        var a = await SaveRouteAsync(analyst, "RU");
        await ProblemAssert.IsProblemFor(await client.GetAsync($"/api/runs/compare?a={a}&b=nope"), HttpStatusCode.NotFound, "b");
    }
}
