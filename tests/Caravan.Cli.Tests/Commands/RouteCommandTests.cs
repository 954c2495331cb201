using System.Text.Json;

namespace Caravan.Cli.Tests.Commands;

public sealed class RouteCommandTests
{
    private static readonly string[] RouteFields =
        ["rank", "costUsd", "hours", "co2Kg", "risk", "generalisedCostUsd", "countries", "chokepoints", "modes", "legs"];

    private static readonly string[] LegFields = ["from", "to", "mode", "km", "hours", "costUsd", "co2Kg"];

    [Fact]
    public void Route_BuiltInJson_HasContractFieldsAndScalesWithTonnes()
    {
        var (exit, output) = CliRunner.Run("route", "--from", "kz-pavlodar-aok", "--to", "JPYOK", "--commodity", "gallium", "--format", "json");
        var (exit10, output10) = CliRunner.Run("route", "--from", "kz-pavlodar-aok", "--to", "JPYOK", "--commodity", "gallium", "--tonnes", "10", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(0, exit10);
        using var json = JsonDocument.Parse(output);
        using var json10 = JsonDocument.Parse(output10);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("noRouteReason").ValueKind);
        var route = json.RootElement.GetProperty("routes")[0];
        foreach (var field in RouteFields)
            Assert.True(route.TryGetProperty(field, out _), $"missing routes[].{field}");
        Assert.Equal(1, route.GetProperty("rank").GetInt32());
        var leg = route.GetProperty("legs")[0];
        foreach (var field in LegFields)
            Assert.True(leg.TryGetProperty(field, out _), $"missing legs[].{field}");
        Assert.Equal("kz-pavlodar-aok", leg.GetProperty("from").GetString());
        Assert.All(route.GetProperty("countries").EnumerateArray(), c => Assert.Equal(2, c.GetString()!.Length));
        var route10 = json10.RootElement.GetProperty("routes")[0];
        Assert.Equal(10 * route.GetProperty("costUsd").GetDouble(), route10.GetProperty("costUsd").GetDouble(), 0);
        Assert.Equal(route.GetProperty("hours").GetDouble(), route10.GetProperty("hours").GetDouble());
    }

    [Fact]
    public void Route_UnderRussiaTransitClosed_CrossesNoRussianLand()
    {
        var (baseExit, baseline) = CliRunner.Run("route", "--from", "kz-pavlodar-aok", "--to", "jp-kanto-industry", "--commodity", "u3o8", "--format", "json");
        var (exit, output) = CliRunner.Run("route", "--from", "kz-pavlodar-aok", "--to", "jp-kanto-industry", "--commodity", "u3o8",
            "--scenario", "russia-transit-closed", "--format", "json");

        Assert.Equal((0, 0), (baseExit, exit));
        static string[] Countries(string json) =>
            JsonDocument.Parse(json).RootElement.GetProperty("routes")[0].GetProperty("countries").EnumerateArray().Select(c => c.GetString()!).ToArray();
        Assert.Contains("RU", Countries(baseline)); // the planner's unconstrained choice runs north
        Assert.DoesNotContain("RU", Countries(output));
    }

    [Fact]
    public void Route_OriginBansTheExport_NoRouteWithTheBanAsReason()
    {
        var (exit, output) = CliRunner.Run("route", "--from", "cn-gallium-shandong", "--to", "jp-kanto-industry", "--commodity", "gallium",
            "--scenario", "china-gallium-export-ban", "--format", "json");

        Assert.Equal(3, exit);
        var reason = JsonDocument.Parse(output).RootElement.GetProperty("noRouteReason").GetString();
        Assert.Contains("export ban", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Flagship_UnderRussiaTransitClosed_NoCellCrossesRussia()
    {
        var (baseExit, baseline) = CliRunner.Run("flagship", "--format", "json");
        var (exit, output) = CliRunner.Run("flagship", "--scenario", "russia-transit-closed", "--format", "json");

        Assert.Equal((0, 0), (baseExit, exit));
        static int ViaRussia(string json) => JsonDocument.Parse(json).RootElement.GetProperty("cases").EnumerateArray()
            .Count(c => c.GetProperty("route").ValueKind == JsonValueKind.Object
                && c.GetProperty("route").GetProperty("countries").EnumerateArray().Any(x => x.GetString() == "RU"));
        Assert.True(ViaRussia(baseline) > 0);
        Assert.Equal(0, ViaRussia(output));
    }

    [Fact]
    public void Route_UnknownScenario_IsAClearError()
    {
        var (exit, output) = CliRunner.Run("route", "--from", "kz-pavlodar-aok", "--to", "JPYOK", "--scenario", "russia-closed");

        Assert.Equal(1, exit);
        Assert.Contains("unknown scenario 'russia-closed'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_NamesInsteadOfIds_AreResolved()
    {
        var (exit, output) = CliRunner.Run("route", "--from", "Pavlodar", "--to", "Port of Yokohama", "--commodity", "u3o8", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("KZPWQ", json.RootElement.GetProperty("from").GetString());
        Assert.Equal("JPYOK", json.RootElement.GetProperty("to").GetString());
    }

    [Fact]
    public void Route_UnknownNode_SuggestsAndFails()
    {
        var (exit, output) = CliRunner.Run("route", "--from", "KZPWX", "--to", "JPYOK");

        Assert.Equal(1, exit);
        Assert.Contains("unknown node 'KZPWX'; did you mean", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--avoid-country", "XX", "unknown country 'XX'")]
    [InlineData("--avoid-mode", "teleport", "unknown mode 'teleport'")]
    [InlineData("--avoid-chokepoint", "sues", "unknown chokepoint 'sues' (did you mean 'suez'")]
    public void Route_UnknownConstraintValue_FailsWithOneLine(string option, string value, string message)
    {
        var (exit, output) = CliRunner.Run("route", "--from", "KZPWQ", "--to", "JPYOK", option, value);

        Assert.Equal(1, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_MissingFrom_IsAUsageError()
    {
        var (exit, output) = CliRunner.Run("route", "--to", "JPYOK");

        Assert.NotEqual(0, exit);
        Assert.Contains("give --from NODE and --to NODE", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_NoRoute_PrintsReasonAndExitsThree()
    {
        var (exit, output) = CliRunner.Run("route", "--from", "KZPAV", "--to", "JPYOK", "--data", CliRunner.ValidFixture,
            "--commodity", "gallium", "--avoid-country", "CN", "--format", "json");

        Assert.Equal(3, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Empty(json.RootElement.GetProperty("routes").EnumerateArray());
        Assert.Contains("crosses CN, avoided", json.RootElement.GetProperty("noRouteReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Route_AlternativesAndTable_RankedWithWhy()
    {
        var (exit, output) = CliRunner.Run("route", "--from", "kz-pavlodar-aok", "--to", "jp-kanto-industry", "--commodity", "gallium", "--alternatives", "3");

        Assert.Equal(0, exit);
        Assert.Contains("Route 1", output, StringComparison.Ordinal);
        Assert.Contains("Route 3", output, StringComparison.Ordinal);
        Assert.Contains("why: lowest generalised cost", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_Pareto_ReturnsMutuallyNonDominatedRoutes()
    {
        var (exit, output) = CliRunner.Run("route", "--from", "kz-pavlodar-aok", "--to", "jp-kanto-industry", "--commodity", "gallium", "--pareto", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var routes = json.RootElement.GetProperty("routes").EnumerateArray()
            .Select(r => new[] { r.GetProperty("costUsd").GetDouble(), r.GetProperty("hours").GetDouble(), r.GetProperty("co2Kg").GetDouble(), r.GetProperty("risk").GetDouble() })
            .ToList();
        Assert.True(routes.Count >= 2);
        Assert.DoesNotContain(routes, a => routes.Any(b => !ReferenceEquals(a, b) && b.Zip(a).All(p => p.First <= p.Second) && b.Zip(a).Any(p => p.First < p.Second)));
    }

    [Fact]
    public void Route_GeoJson_IsAFeatureCollectionOfLegs()
    {
        var (exit, output) = CliRunner.Run("route", "--from", "KZPWQ", "--to", "JPYOK", "--commodity", "u3o8", "--format", "geojson");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var first = json.RootElement.GetProperty("features")[0];
        Assert.Equal("LineString", first.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal("KZPWQ", first.GetProperty("properties").GetProperty("from").GetString());
    }

    [Fact]
    public void Flagship_Json_HasEveryFamilyAndScenario()
    {
        var (exit, output) = CliRunner.Run("flagship", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var cases = json.RootElement.GetProperty("cases").EnumerateArray().ToList();
        foreach (var family in new[] { "best", "east", "north", "west", "south", "air" })
            Assert.Contains(cases, c => c.GetProperty("family").GetString() == family);
        foreach (var scenario in new[] { "baseline", "no-ru", "no-cn", "no-ru-cn" })
            Assert.Contains(cases, c => c.GetProperty("scenario").GetString() == scenario && c.GetProperty("commodity").GetString() == "u3o8");
        // Uranium never flies: its air cell is empty with a reason, in every scenario.
        Assert.All(cases.Where(c => c.GetProperty("commodity").GetString() == "u3o8" && c.GetProperty("family").GetString() == "air"),
            c => Assert.Equal(JsonValueKind.Null, c.GetProperty("route").ValueKind));
    }

    [Fact]
    public void Flagship_Table_ShowsBothCommodities()
    {
        var (exit, output) = CliRunner.Run("flagship");

        Assert.Equal(0, exit);
        Assert.Contains("gallium: kz-pavlodar-aok", output, StringComparison.Ordinal);
        Assert.Contains("u3o8: kz-kazatomprom-south", output, StringComparison.Ordinal);
        Assert.Contains("west via Middle Corridor", output, StringComparison.Ordinal);
    }
}
