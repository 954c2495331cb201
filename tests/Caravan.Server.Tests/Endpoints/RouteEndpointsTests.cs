using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Tests.Endpoints;

public sealed class RouteEndpointsTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    private const string Gallium = "/api/routes?from=kz-pavlodar-aok&to=jp-kanto-industry&commodity=gallium";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetRoute_Flagship_LegsChainFromOriginToDestination()
    {
        var answer = await _client.GetFromJsonAsync<JsonElement>(Gallium);
        var legs = answer.GetProperty("routes")[0].GetProperty("legs").EnumerateArray().ToList();
        Assert.Equal("kz-pavlodar-aok", legs[0].GetProperty("from").GetString());
        Assert.Equal("jp-kanto-industry", legs[^1].GetProperty("to").GetString());
        for (var i = 1; i < legs.Count; i++)
            Assert.Equal(legs[i - 1].GetProperty("to").GetString(), legs[i].GetProperty("from").GetString());
        var route = answer.GetProperty("routes")[0];
        Assert.Equal(route.GetProperty("hours").GetDouble() / 24, route.GetProperty("days").GetDouble(), 0.01);
    }

    [Theory]
    [InlineData("CN")]
    [InlineData("RU")]
    public async Task GetRoute_AvoidCountry_NoRouteTouchesIt(string country)
    {
        var answer = await _client.GetFromJsonAsync<JsonElement>($"{Gallium}&avoidCountries={country}&alternatives=3");
        var routes = answer.GetProperty("routes").EnumerateArray().ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.DoesNotContain(country, r.GetProperty("countries").EnumerateArray().Select(c => c.GetString())));
        var costs = routes.Select(r => r.GetProperty("generalisedCostUsd").GetDouble()).ToList();
        Assert.Equal(costs.Order(), costs);
    }

    [Fact]
    public async Task GetRoute_Pareto_NoMemberDominated()
    {
        var answer = await _client.GetFromJsonAsync<JsonElement>($"{Gallium}&pareto=true");
        var points = answer.GetProperty("routes").EnumerateArray()
            .Select(r => new[] { r.GetProperty("costUsd").GetDouble(), r.GetProperty("hours").GetDouble(), r.GetProperty("co2Kg").GetDouble(), r.GetProperty("risk").GetDouble() })
            .ToList();
        Assert.NotEmpty(points);
        foreach (var a in points)
            Assert.DoesNotContain(points, b => b != a && b.Zip(a).All(p => p.First <= p.Second) && b.Zip(a).Any(p => p.First < p.Second - 0.02));
    }

    [Fact]
    public async Task GetRoute_UnknownNodeAndCountry_ProblemNamesEachFieldWithSuggestion()
    {
        var response = await _client.GetAsync("/api/routes?from=kz-pavlodar-aokk&to=jp-kanto-industry&avoidCountries=XX");
        var from = await ProblemAssert.NamesField(response, "from");
        Assert.Contains("kz-pavlodar-aok", from, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tonnes=abc", "tonnes")]
    [InlineData("tonnes=-5", "tonnes")]
    [InlineData("alternatives=50", "alternatives")]
    [InlineData("avoidModes=teleport", "avoidModes")]
    [InlineData("avoidChokepoints=panama", "avoidChokepoints")]
    [InlineData("scenario=no-such-scenario", "scenario")]
    public async Task GetRoute_BadParameter_ProblemNamesIt(string query, string field) =>
        await ProblemAssert.NamesField(await _client.GetAsync($"{Gallium}&{query}"), field);

    [Fact]
    public async Task GetRoute_MissingEnds_ProblemNamesBoth()
    {
        var body = await ProblemAssert.IsProblem(await _client.GetAsync("/api/routes"), HttpStatusCode.BadRequest);
        Assert.True(body.GetProperty("errors").TryGetProperty("from", out _));
        Assert.True(body.GetProperty("errors").TryGetProperty("to", out _));
    }

    [Fact]
    public async Task GetRoute_UraniumAvoidingEverything_NoRouteReasonNotError()
    {
        var answer = await _client.GetFromJsonAsync<JsonElement>(
            "/api/routes?from=kz-kazatomprom-south&to=jp-kanto-industry&commodity=u3o8&avoidModes=sea,rail");
        Assert.Empty(answer.GetProperty("routes").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("noRouteReason").GetString()));
    }

    [Fact]
    public async Task PostRoute_Analyst_StoredAsRunWithResults()
    {
        var analyst = await factory.ClientAsync("route-analyst", Role.Analyst);
        var response = await analyst.PostAsJsonAsync("/api/routes", new { from = "kz-pavlodar-aok", to = "jp-kanto-industry", avoidCountries = "RU" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("route", "succeeded"), (run.GetProperty("kind").GetString(), run.GetProperty("status").GetString()));
        var stored = await _client.GetFromJsonAsync<JsonElement>(response.Headers.Location!.ToString());
        Assert.NotEmpty(stored.GetProperty("results").GetProperty("routes").EnumerateArray());
    }

    [Fact]
    public async Task PostRoute_NoKey_401()
    {
        var response = await _client.PostAsJsonAsync("/api/routes", new { from = "kz-pavlodar-aok", to = "jp-kanto-industry" });
        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task GetFlagship_Default_EveryCaseHasBestCellAndUraniumNeverFlies()
    {
        var cells = (await _client.GetFromJsonAsync<JsonElement>("/api/routes/flagship")).EnumerateArray().ToList();
        Assert.Contains(cells, c => c.GetProperty("family").GetString() == "best" && c.GetProperty("commodity").GetString() == "gallium");
        Assert.All(cells.Where(c => c.GetProperty("commodity").GetString() == "u3o8" && c.GetProperty("route").ValueKind == JsonValueKind.Object),
            c => Assert.DoesNotContain("air", c.GetProperty("route").GetProperty("modes").EnumerateArray().Select(m => m.GetString())));
        await ProblemAssert.NamesField(await _client.GetAsync("/api/routes/flagship?tonnes=0"), "tonnes");
    }
}
