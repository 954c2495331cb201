using System.Text.Json;

namespace Caravan.Cli.Tests.Commands;

public sealed class FlowCommandTests
{
    private static (int Code, string Output) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Flow_Json_HasTheContractFields()
    {
        var (code, output) = Run("flow", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("totalCostUsd").GetDouble() > 0);
        Assert.Equal(0, root.GetProperty("unmetTonnes").GetDouble(), 6);
        var flow = root.GetProperty("flows")[0];
        foreach (var field in new[] { "link", "commodity", "tonnes", "utilisation" })
            Assert.True(flow.TryGetProperty(field, out _), field);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("bottlenecks").ValueKind);
    }

    [Fact]
    public void Flow_GalliumBan_ReportsUnmetGalliumInJson()
    {
        var (code, output) = Run("flow", "--scenario", "china-gallium-export-ban", "--commodity", "gallium", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(27, json.RootElement.GetProperty("unmetTonnes").GetDouble(), 6);
        Assert.Equal("china-gallium-export-ban", json.RootElement.GetProperty("scenario").GetString());
    }

    [Fact]
    public void Flow_TightCaspian_ListsBottlenecksWithDuals()
    {
        var file = Path.Combine(Path.GetTempPath(), $"caravan-squeeze-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"name": "squeeze", "edits": [{"type": "scale_capacity", "links": ["kzaau-azala-ferry", "kzkur-azala-ferry", "tmkrw-azala-ferry"], "factor": 0.05}]}""");
        try
        {
            var (code, output) = Run("flow", "--scenario", "russia-transit-closed", "--scenario", "china-transit-closed", "--scenario", file,
                "--origin", "KZ", "--origin", "UZ", "--format", "json");

            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output);
            // The squeezed ferries bind for the minerals (the background freight fills what is left of them).
            var ferries = json.RootElement.GetProperty("bottlenecks").EnumerateArray()
                .Where(b => b.GetProperty("id").GetString()!.EndsWith("-azala-ferry", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(ferries);
            Assert.All(ferries, b => Assert.Equal("link", b.GetProperty("kind").GetString()));
            Assert.Contains(ferries, b => b.GetProperty("dualUsdPerTonnePerDay").GetDouble() > 0);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Flow_Table_ShowsCostAndFlows()
    {
        var (code, output) = Run("flow", "--period", "quarter");

        Assert.Equal(0, code);
        Assert.Contains("flow baseline: optimal", output, StringComparison.Ordinal);
        Assert.Contains("91 days", output, StringComparison.Ordinal);
        Assert.Contains("Largest flows", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Flow_GeoJson_IsAFeatureCollection()
    {
        var (code, output) = Run("flow", "--format", "geojson", "--commodity", "u3o8");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("LineString", json.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("auto", "network simplex")]
    [InlineData("network-simplex", "network simplex")]
    [InlineData("cost-scaling", "or-tools min-cost flow")]
    [InlineData("lp", "CLP")]
    public void Flow_OneCommodity_EveryMethodGivesTheSameCost(string method, string solver)
    {
        var (code, output) = Run("flow", "--commodity", "gallium", "--method", method, "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(solver, json.RootElement.GetProperty("solver").GetString());
        // 121,011 US$ on the network simplex: Shandong → Lianyungang → Yokohama (the Chubu customers are
        // no through-road to Kanto), its 329 km of rail at China Railway's tariff (tariffs.csv); the others
        // to within their integer units and tolerances.
        Assert.Equal(121_010.6, json.RootElement.GetProperty("totalCostUsd").GetDouble(), 1.0);
    }

    [Theory]
    [InlineData("flow --scenario russia-transit-closd", "did you mean 'russia-transit-closed'")]
    [InlineData("flow --commodity galium", "did you mean 'gallium'")]
    [InlineData("flow --period fortnight", "--period must be")]
    [InlineData("flow --backend cplex", "--backend must be")]
    [InlineData("flow --method simplex", "--method must be")]
    [InlineData("flow --start-day 400", "--start-day must be a day of the year")]
    [InlineData("flow --method cost-scaling", "min-cost flow takes one commodity")]
    [InlineData("compare --scenario baseline", "two or more --scenario")]
    public void Flow_BadInput_IsOneClearLine(string args, string message)
    {
        var (code, output) = Run(args.Split(' '));

        Assert.NotEqual(0, code);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TwoScenarios_JsonShowsDeltasAndShifts()
    {
        var (code, output) = Run("compare", "--scenario", "baseline", "--scenario", "russia-transit-closed", "--origin", "KZ", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var scenarios = json.RootElement.GetProperty("scenarios");
        Assert.Equal(2, scenarios.GetArrayLength());
        Assert.True(scenarios[1].GetProperty("deltaCostUsd").GetDouble() > 0);
        Assert.Contains(json.RootElement.GetProperty("corridorShifts").EnumerateArray(), s => s.GetProperty("corridor").GetString() == "rail KZ-RU");
    }

    [Fact]
    public void Compare_Table_ShowsEachScenario()
    {
        var (code, output) = Run("compare", "--scenario", "baseline", "--scenario", "dostyk-stoppage-2024");

        Assert.Equal(0, code);
        Assert.Contains("dostyk-stoppage-2024", output, StringComparison.Ordinal);
        Assert.Contains("Tonnes by corridor", output, StringComparison.Ordinal);
    }
}
