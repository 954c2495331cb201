using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Tests.Hardening;

/// <summary>Requests built to crash or exhaust the server get located 4xx answers, and the server stays up.</summary>
public sealed class HostileInputTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    private async Task AssertStillServes()
    {
        var network = await factory.CreateClient().GetAsync("/api/network");
        Assert.Equal(HttpStatusCode.OK, network.StatusCode);
    }

    [Fact]
    public async Task ValidateYaml_Nested40000Deep_ProblemAtItsLineNoKeyNeeded()
    {
        // 80 KB that overflowed the YAML parser's stack: "Stack overflow.", process gone.
        var yaml = "name: x\nedits: " + new string('[', 40_000) + new string(']', 40_000);

        var response = await factory.CreateClient().PostAsJsonAsync("/api/scenarios/validate", new { scenarioYaml = yaml });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("valid").GetBoolean());
        var problem = body.GetProperty("problems")[0];
        Assert.Equal(("scenarioYaml", 2), (problem.GetProperty("field").GetString(), problem.GetProperty("line").GetInt32()));
        Assert.Contains("nested more than 32 deep", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        await AssertStillServes();
    }

    [Fact]
    public async Task ValidateYaml_AliasBomb_RefusedAtTheAlias()
    {
        var yaml = "name: x\na0: &a0 [x,x,x,x,x,x,x,x,x,x]\n";
        for (var i = 1; i <= 12; i++)
            yaml += $"a{i}: &a{i} [{string.Join(',', Enumerable.Repeat($"*a{i - 1}", 10))}]\n";

        var response = await factory.CreateClient().PostAsJsonAsync("/api/scenarios/validate", new { scenarioYaml = yaml + "edits: []\n" });

        var problem = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems")[0];
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.Contains("aliases (*a0) are not accepted", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        await AssertStillServes();
    }

    [Theory]
    [InlineData("""{"scenario": {"name": "x", "edits": [], "name": "y"}}""")]
    [InlineData("""{"scenarioYaml": "name: x\nedits: []\n", "scenarioYaml": "name: y\nedits: []\n"}""")]
    public async Task Validate_RepeatedProperty_400Problem(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync("/api/scenarios/validate", content);

        var body = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("duplicate", body.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ValidateJson_NestedPastTheLimit_400ProblemNotACrash()
    {
        var json = """{"scenario": {"name": "x", "edits": """ + new string('[', 5_000) + new string(']', 5_000) + "}}";
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        await ProblemAssert.IsProblem(await factory.CreateClient().PostAsync("/api/scenarios/validate", content), HttpStatusCode.BadRequest);
        await AssertStillServes();
    }

    [Theory]
    [InlineData("baseline")]
    [InlineData("russia-transit-closed")]
    public async Task Validate_BuiltInName_InvalidNamingTheName(string name)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/scenarios/validate", new { scenario = new { name, edits = Array.Empty<object>() } });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("valid").GetBoolean());
        Assert.Equal("scenario.name", body.GetProperty("problems")[0].GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("Has Spaces")]
    public async Task ValidateYaml_NameNotASlug_InvalidNamingTheName(string name)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/scenarios/validate", new { scenarioYaml = $"name: {name}\nedits: []\n" });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("valid").GetBoolean());
        Assert.Equal("scenarioYaml.name", body.GetProperty("problems")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Create_AddNodeAndLinkBreakingTheDatasetRules_400NamingEach()
    {
        var alice = await factory.ClientAsync("rules", Role.Analyst);
        var scenario = new
        {
            name = "rule-breaker",
            edits = new object[]
            {
                new { type = "add_node", id = "xx-port", name = "Nowhere", kind = "port", country = "XX", lat = 91, lon = 500 },
                new { type = "add_node", id = "xx-port2", name = "Nowhere", kind = "port", country = "XX", lat = 45, lon = 50 },
                new { type = "add_link", id = "xx-loop", from = "KZAKT", to = "KZAKT", mode = "road", distanceKm = 0, transitTimeHours = "5", costUsdPerTonne = 1, countries = new[] { "XX", "QQ" } },
            },
        };

        var response = await alice.PostAsJsonAsync("/api/scenarios", new { scenario });

        var body = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        var text = body.GetProperty("errors").ToString();
        foreach (var expected in new[] { "'lat' must be ≤ 90", "'lon' must be ≤ 180", "'distanceKm' must be > 0" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Null(await factory.Store.GetScenarioAsync("rule-breaker"));
    }

    [Fact]
    public async Task Validate_AddNodeInUnknownCountryAndSelfLoop_Invalid()
    {
        var scenario = new
        {
            name = "rule-breaker2",
            edits = new object[]
            {
                new { type = "add_node", id = "xx-port", name = "Nowhere", kind = "port", country = "XX", lat = 45, lon = 50 },
                new { type = "add_link", id = "xx-loop", from = "KZAKT", to = "KZAKT", mode = "road", distanceKm = 10, transitTimeHours = "5", costUsdPerTonne = 1, countries = new[] { "XX", "QQ" } },
            },
        };

        var body = await (await factory.CreateClient().PostAsJsonAsync("/api/scenarios/validate", new { scenario })).Content.ReadFromJsonAsync<JsonElement>();

        var messages = body.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.Contains("unknown country 'XX'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("unknown country 'QQ'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("to itself", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("maxDays=NaN")]
    [InlineData("maxDays=1e308")]
    [InlineData("tonnes=NaN")]
    public async Task Routes_NotANumberOrAbsurd_400NamingTheField(string query)
    {
        var response = await factory.CreateClient().GetAsync($"/api/routes?from=kz-pavlodar-aok&to=jp-kanto-industry&{query}");

        await ProblemAssert.NamesField(response, query.Split('=')[0]);
    }

    [Theory]
    [InlineData(1e-9)]
    [InlineData(1e-7)]
    [InlineData(1)] // the flow plan ships about 775,000 t a year: 1-t lots are over the cap, 1.55 t would fit
    [InlineData(1e308)]
    public async Task Simulation_AbsurdLotTonnes_400OnLotTonnes(double lotTonnes)
    {
        var analyst = await factory.ClientAsync("lots", Role.Analyst);

        var response = await analyst.PostAsJsonAsync("/api/simulations", new { replications = 1, lotTonnes, horizonDays = 365 });

        var message = await ProblemAssert.NamesField(response, "lotTonnes");
        Assert.DoesNotContain("unexpected", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongUrl_414Problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/routes?from=" + new string('a', 10_000));

        var body = await ProblemAssert.IsProblem(response, HttpStatusCode.RequestUriTooLong);
        Assert.Contains("over the limit of 8192", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LargeHeaders_431Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/network");
        request.Headers.Add("X-Padding", new string('p', 40_000));

        var response = await factory.CreateClient().SendAsync(request);

        await ProblemAssert.IsProblem(response, HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Fact]
    public async Task OpenApi_RangesTheServerEnforces_InTheSchema()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var lot = schemas.GetProperty("SimulationRequest").GetProperty("properties").GetProperty("lotTonnes");
        Assert.Equal((0.0, 1e10), (lot.GetProperty("exclusiveMinimum").GetDouble(), lot.GetProperty("maximum").GetDouble()));
        var distance = schemas.GetProperty("LinkResponse").GetProperty("properties").GetProperty("distanceKm");
        Assert.Equal(40_075, distance.GetProperty("maximum").GetDouble());
        var lat = schemas.GetProperty("NodeResponse").GetProperty("properties").GetProperty("lat");
        Assert.Equal((-90.0, 90.0), (lat.GetProperty("minimum").GetDouble(), lat.GetProperty("maximum").GetDouble()));
        var maxDays = document.GetProperty("paths").GetProperty("/api/routes").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => string.Equals(p.GetProperty("name").GetString(), "maxDays", StringComparison.OrdinalIgnoreCase)).GetProperty("schema");
        Assert.Equal(3650, maxDays.GetProperty("maximum").GetDouble());
    }
}
