using System.Text.Json.Nodes;

namespace Caravan.Cli.Tests.Conventions;

/// <summary>
/// One question, one contract: for every capability, <c>caravan ... --format json</c> prints what the
/// API answers to the same question, field for field. Only wall-clock figures and the host's notes
/// on which tables it read are left out of the comparison.
/// </summary>
public sealed class CliEqualsApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string AsOf = "2025-06-01";

    [Fact]
    public async Task Route_CliJson_EqualsApi()
    {
        var cli = Cli("route", "--from", "Pavlodar", "--to", "JPYOK", "--commodity", "uranium", "--avoid-country", "CN", "--avoid-link", "kzaau-azala-ferry",
            "--alternatives", "3", "--carbon-price", "150", "--scenario", "caspian-winter-storms");
        var apiAnswer = await api.GetAsync("/api/routes?from=Pavlodar&to=JPYOK&commodity=uranium&avoidCountries=CN&avoidLinks=kzaau-azala-ferry"
            + "&alternatives=3&carbonPrice=150&scenario=caspian-winter-storms");

        AssertEqual(cli, apiAnswer);
        Assert.Equal(3, cli["routes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Flagship_CliCases_EqualApi()
    {
        var cli = Cli("flagship", "--tonnes", "2", "--scenario", "russia-transit-closed");
        var apiAnswer = await api.GetAsync("/api/routes/flagship?tonnes=2&scenario=russia-transit-closed");

        AssertEqual(cli["cases"]!, apiAnswer);
    }

    [Fact]
    public async Task Flow_CliJson_EqualsApi()
    {
        var cli = Cli("flow", "--commodity", "gallium", "--commodity", "u3o8", "--origin", "KZ", "--scenario", "russia-transit-closed", "--period", "quarter");
        var apiAnswer = await api.RunAsync("/api/flows", new { commodity = "gallium,u3o8", origins = "KZ", scenario = "russia-transit-closed", period = "quarter" });

        AssertEqual(Without(cli, "solveSeconds"), Without(apiAnswer, "solveSeconds"));
    }

    [Fact]
    public async Task Compare_CliJson_EqualsApi()
    {
        var cli = Cli("compare", "--commodity", "gallium", "--scenario", "baseline", "--scenario", "china-transit-closed");
        var apiAnswer = await api.RunAsync("/api/flows/compare", new { commodity = "gallium", scenarios = new[] { "baseline", "china-transit-closed" } });

        AssertEqual(cli, apiAnswer);
    }

    [Fact]
    public async Task Simulate_CliJson_EqualsApi()
    {
        var cli = Cli("simulate", "--commodity", "gallium", "--runs", "12", "--seed", "5", "--horizon-days", "120", "--scenario", "dostyk-stoppage-2024", "--reproducible");
        var apiAnswer = await api.RunAsync("/api/simulations", new { commodity = "gallium", replications = 12, seed = 5, horizonDays = 120, scenario = "dostyk-stoppage-2024" });

        AssertEqual(cli, apiAnswer);
    }

    [Fact]
    public async Task Risk_CliJson_EqualsApi()
    {
        var cli = Cli("risk", "--importer", "JP", "--mineral", "gallium,antimony", "--as-of", AsOf);
        var apiAnswer = await api.GetAsync($"/api/risk?importer=JP&mineral=gallium,antimony&asOf={AsOf}");

        AssertEqual(Without(cli, "notes"), Without(apiAnswer, "notes"));
    }

    [Fact]
    public async Task WhatIf_CliJson_EqualsApi()
    {
        var cli = Cli("risk", "whatif", "--importer", "JP", "--mineral", "gallium", "--ban", "CN", "--add-source", "KZ:15", "--as-of", AsOf);
        var apiAnswer = await api.GetAsync($"/api/risk/whatif?importer=JP&mineral=gallium&ban=CN&add=KZ:15&asOf={AsOf}");

        AssertEqual(Without(cli, "notes"), Without(apiAnswer, "notes"));
    }

    [Fact]
    public async Task Assign_CliJson_EqualsTrafficApi()
    {
        var cli = Cli("assign", "--scenario", "russia-transit-closed", "--year", "2025");
        var apiAnswer = await api.GetAsync("/api/traffic?scenario=russia-transit-closed&year=2025");

        AssertEqual(Without(cli, "seconds"), Without(apiAnswer, "seconds"));
    }

    [Fact]
    public async Task Invest_CliJson_EqualsTheApisFieldsOfTheSameName()
    {
        var cli = Cli("invest", "--budget", "500000000", "--scenario", "baseline@0.6", "--scenario", "china-transit-closed", "--check-runs", "4", "--seed", "3");
        var apiAnswer = await api.RunAsync("/api/invest", new { budget = 500_000_000, scenarios = new[] { "baseline@0.6", "china-transit-closed" }, checkRuns = 4, seed = 3 });

        // The run's results add the dashboard's explanation (every candidate, the cost of doing nothing) after the answer's fields.
        var shared = new JsonObject();
        foreach (var (name, _) in cli.AsObject())
            shared[name] = apiAnswer[name]?.DeepClone();
        AssertEqual(cli, shared);
        Assert.NotNull(apiAnswer["projects"]);
    }

    private static JsonNode Cli(params string[] args)
    {
        var (exit, output, error) = CliRunner.RunSplit([.. args, "--format", "json"]);
        Assert.True(exit == 0, $"caravan {string.Join(' ', args)} exited {exit}: {error}");
        return JsonNode.Parse(output)!;
    }

    private static JsonNode Without(JsonNode node, string field)
    {
        var copy = node.DeepClone().AsObject();
        copy.Remove(field);
        return copy;
    }

    private static void AssertEqual(JsonNode cli, JsonNode apiAnswer) =>
        Assert.True(JsonNode.DeepEquals(cli, apiAnswer), $"the CLI's JSON and the API's differ:\nCLI: {cli.ToJsonString()[..Math.Min(3000, cli.ToJsonString().Length)]}\nAPI: {apiAnswer.ToJsonString()[..Math.Min(3000, apiAnswer.ToJsonString().Length)]}");
}
