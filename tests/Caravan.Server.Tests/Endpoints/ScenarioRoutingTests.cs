using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Tests.Endpoints;

/// <summary>Scenarios applied for real: built-in and stored ones change what routes, flagship and validation see.</summary>
public sealed class ScenarioRoutingTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    private const string Gallium = "/api/routes?from=kz-pavlodar-aok&to=jp-kanto-industry&commodity=gallium";

    private static IEnumerable<string?> Countries(JsonElement route) => route.GetProperty("countries").EnumerateArray().Select(c => c.GetString());

    [Fact]
    public async Task List_BuiltInScenarios_ListedWithTheirDocuments()
    {
        var list = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/scenarios");
        var russia = list.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "russia-transit-closed");
        Assert.True(russia.GetProperty("builtIn").GetBoolean());
        Assert.Equal("close", russia.GetProperty("document").GetProperty("edits")[0].GetProperty("type").GetString());
        var one = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/scenarios/russia-transit-closed");
        Assert.Equal(1, one.GetProperty("edits").GetInt32());
    }

    [Fact]
    public async Task GetRoute_RussiaTransitClosed_NoRouteTouchesARussianNode()
    {
        var client = factory.CreateClient();
        var russian = (await client.GetFromJsonAsync<JsonElement>("/api/network/nodes?country=RU")).EnumerateArray()
            .Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.NotEmpty(russian);
        var answer = await client.GetFromJsonAsync<JsonElement>($"{Gallium}&scenario=russia-transit-closed&alternatives=5");
        Assert.Equal("russia-transit-closed", answer.GetProperty("scenarios")[0].GetString());
        var routes = answer.GetProperty("routes").EnumerateArray().ToList();
        Assert.NotEmpty(routes);
        foreach (var route in routes)
        {
            Assert.DoesNotContain("RU", Countries(route));
            foreach (var leg in route.GetProperty("legs").EnumerateArray())
                Assert.DoesNotContain(leg.GetProperty("to").GetString(), russian);
        }
    }

    [Fact]
    public async Task GetRoute_StoredScenarioClosesATransitCountry_RouteAvoidsItAndCostsNoLess()
    {
        var alice = await factory.ClientAsync("route-alice", Role.Analyst);
        var baseline = (await alice.GetFromJsonAsync<JsonElement>(Gallium)).GetProperty("routes")[0];
        var transit = Countries(baseline).First(c => c is not ("KZ" or "JP"))!;
        var created = await alice.PostAsJsonAsync("/api/scenarios", new
        {
            scenario = new { name = "close-transit", description = "test", edits = new object[] { new { type = "close", countries = new[] { transit } } } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var answer = await alice.GetFromJsonAsync<JsonElement>($"{Gallium}&scenario=close-transit");
        var route = answer.GetProperty("routes")[0];
        Assert.DoesNotContain(transit, Countries(route));
        Assert.True(route.GetProperty("generalisedCostUsd").GetDouble() >= baseline.GetProperty("generalisedCostUsd").GetDouble() - 1e-6);

        // Someone else cannot use alice's private scenario: it is unknown to them.
        var bob = await factory.ClientAsync("route-bob", Role.Analyst);
        var refused = await ProblemAssert.NamesField(await bob.GetAsync($"{Gallium}&scenario=close-transit"), "scenario");
        Assert.Contains("close-transit", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRoute_ComposedScenarios_AppliedInOrder()
    {
        var answer = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"{Gallium}&scenario=russia-transit-closed,china-transit-closed");
        Assert.Equal(2, answer.GetProperty("scenarios").GetArrayLength());
        foreach (var route in answer.GetProperty("routes").EnumerateArray())
        {
            Assert.DoesNotContain("RU", Countries(route));
            Assert.DoesNotContain("CN", Countries(route));
        }
    }

    [Fact]
    public async Task GetRoute_ExportBan_NoRouteOutOfTheBanningCountryButOthersUnaffected()
    {
        var client = factory.CreateClient();
        const string china = "/api/routes?from=cn-gallium-shandong&to=jp-kanto-industry&commodity=gallium";
        Assert.NotEmpty((await client.GetFromJsonAsync<JsonElement>(china)).GetProperty("routes").EnumerateArray());
        var banned = await client.GetFromJsonAsync<JsonElement>($"{china}&scenario=china-gallium-export-ban");
        Assert.Empty(banned.GetProperty("routes").EnumerateArray());
        Assert.Contains("export ban", banned.GetProperty("noRouteReason").GetString(), StringComparison.Ordinal);
        // Kazakh gallium still moves, but not through China; uranium through China is not banned.
        var kazakh = await client.GetFromJsonAsync<JsonElement>($"{Gallium}&scenario=china-gallium-export-ban&alternatives=3");
        Assert.All(kazakh.GetProperty("routes").EnumerateArray(), r => Assert.DoesNotContain("CN", Countries(r)));
        var uranium = await client.GetFromJsonAsync<JsonElement>("/api/routes?from=kz-pavlodar-aok&to=jp-kanto-industry&commodity=u3o8&scenario=china-gallium-export-ban");
        var baseline = await client.GetFromJsonAsync<JsonElement>("/api/routes?from=kz-pavlodar-aok&to=jp-kanto-industry&commodity=u3o8");
        Assert.Equal(baseline.GetProperty("routes")[0].GetProperty("costUsd").GetDouble(), uranium.GetProperty("routes")[0].GetProperty("costUsd").GetDouble());
    }

    [Fact]
    public async Task GetRoute_UnknownScenario_ProblemNamesItWithSuggestion()
    {
        var message = await ProblemAssert.NamesField(await factory.CreateClient().GetAsync($"{Gallium}&scenario=russia-transit-closd"), "scenario");
        Assert.Contains("russia-transit-closd", message, StringComparison.Ordinal);
        Assert.Contains("russia-transit-closed", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flagship_UnderRussiaTransitClosed_NoCellCrossesRussia()
    {
        var client = factory.CreateClient();
        var cells = await client.GetFromJsonAsync<JsonElement>("/api/routes/flagship?scenario=russia-transit-closed");
        var routes = cells.EnumerateArray().Where(c => c.GetProperty("route").ValueKind == JsonValueKind.Object).Select(c => c.GetProperty("route")).ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.DoesNotContain("RU", Countries(r)));
        await ProblemAssert.NamesField(await client.GetAsync("/api/routes/flagship?scenario=nope"), "scenario");
    }

    [Fact]
    public async Task Create_UnknownNodeId_RefusedNamingTheField()
    {
        var alice = await factory.ClientAsync("route-carol", Role.Analyst);
        var bad = new
        {
            scenario = new { name = "bad-node", edits = new object[] { new { type = "close", countries = new[] { "RU" } }, new { type = "add_delay", nodes = new[] { "kz-aktogay", "kz-nowhere" }, hours = 5 } } },
        };
        var message = await ProblemAssert.NamesField(await alice.PostAsJsonAsync("/api/scenarios", bad), "scenario.edits[1].nodes[1]");
        Assert.Contains("kz-nowhere", message, StringComparison.Ordinal);
        Assert.Null(await factory.Store.GetScenarioAsync("bad-node"));

        var validation = await (await alice.PostAsJsonAsync("/api/scenarios/validate", bad)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(validation.GetProperty("valid").GetBoolean());
        var problem = validation.GetProperty("problems").EnumerateArray().Single();
        Assert.Equal("scenario.edits[1].nodes[1]", problem.GetProperty("field").GetString());
        Assert.True(problem.GetProperty("line").GetInt32() >= 1);
    }

    [Theory]
    [InlineData("""{"type": "scale_capacity", "links": ["x"], "factor": -1}""", "scenario.edits[0].factor")]
    [InlineData("""{"type": "close"}""", "scenario.edits[0]")]
    [InlineData("""{"type": "close", "countries": ["RU"], "startDay": 5, "endDay": 2}""", "scenario.edits[0].endDay")]
    [InlineData("""{"type": "close", "contries": ["RU"]}""", "scenario.edits[0].contries")]
    public async Task Validate_BadEdit_ProblemNamesField(string edit, string field)
    {
        var json = """{"scenario": {"name": "v", "edits": [""" + edit + "]}}";
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var body = await (await factory.CreateClient().PostAsync("/api/scenarios/validate", content)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("valid").GetBoolean());
        Assert.Contains(field, body.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("field").GetString()));
    }
}
