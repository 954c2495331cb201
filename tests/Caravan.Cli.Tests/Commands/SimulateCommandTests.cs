using System.Text.Json;

namespace Caravan.Cli.Tests.Commands;

public sealed class SimulateCommandTests
{
    private static readonly string[] Quick = ["simulate", "--data", CliRunner.ValidFixture, "--runs", "12", "--horizon-days", "120", "--warmup-days", "10"];

    [Fact]
    public void Json_OneThreadOrTwo_ByteIdenticalWithReproducible()
    {
        var (exit1, one) = CliRunner.Run([.. Quick, "--format", "json", "--reproducible", "--threads", "1"]);
        var (exit2, two) = CliRunner.Run([.. Quick, "--format", "json", "--reproducible", "--threads", "2"]);
        Assert.Equal(0, exit1);
        Assert.Equal(0, exit2);
        Assert.Equal(one, two);
    }

    [Fact]
    public void Json_Contract_HasEveryNamedField()
    {
        var (exit, output) = CliRunner.Run([.. Quick, "--format", "json", "--seed", "5"]);
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        var manifest = root.GetProperty("manifest");
        Assert.Equal(5UL, manifest.GetProperty("seed").GetUInt64());
        Assert.Equal(12, manifest.GetProperty("replications").GetInt32());
        Assert.Equal(64, manifest.GetProperty("datasetHash").GetString()!.Length);
        Assert.True(manifest.GetProperty("wallTimeSeconds").GetDouble() > 0);
        var od = root.GetProperty("odPairs").EnumerateArray().First(o => o.GetProperty("commodity").GetString() == "gallium");
        Assert.Equal("KZPAV", od.GetProperty("from").GetString());
        Assert.Equal("jp-customer", od.GetProperty("to").GetString());
        Assert.True(od.GetProperty("deliveredTonnes").GetDouble() > 0);
        var lead = od.GetProperty("leadTimeDays");
        foreach (var name in new[] { "mean", "p50", "p90", "p95", "p99" })
            Assert.True(lead.GetProperty(name).GetDouble() > 0, name);
        Assert.InRange(od.GetProperty("onTimeRate").GetDouble(), 0, 1);
        Assert.InRange(od.GetProperty("stockoutProbability").GetDouble(), 0, 1);
        var resource = root.GetProperty("resources").EnumerateArray().First(r => r.GetProperty("id").GetString() == "kz-dostyk");
        Assert.InRange(resource.GetProperty("utilisation").GetDouble(), 0, 1);
        foreach (var name in new[] { "meanQueue", "maxQueue", "meanWaitHours" })
            Assert.True(resource.GetProperty(name).GetDouble() >= 0, name);
    }

    [Fact]
    public void Table_Default_ShowsLeadTimesAndBusiestResources()
    {
        var (exit, output) = CliRunner.Run(Quick);
        Assert.Equal(0, exit);
        Assert.Contains("Lead time by commodity", output, StringComparison.Ordinal);
        Assert.Contains("Busiest resources", output, StringComparison.Ordinal);
        Assert.Contains("KZPAV → jp-customer", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_Folder_WritesPngAndSvgOfEachPlot()
    {
        var folder = CliRunner.TempFolder();
        var (exit, _) = CliRunner.Run([.. Quick, "--plot", folder]);
        Assert.Equal(0, exit);
        foreach (var name in new[] { "lead-time-histogram", "lead-time-cdf", "queue-length" })
        {
            Assert.True(new FileInfo(Path.Combine(folder, name + ".png")).Length > 1000, name);
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(folder, name + ".svg")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compare_BaselineOnly_OneTableAndJsonWithScenarios()
    {
        var (exit, output) = CliRunner.Run([.. Quick, "--compare"]);
        Assert.Equal(0, exit);
        Assert.Contains("Lead time by scenario", output, StringComparison.Ordinal);
        Assert.Contains("baseline", output, StringComparison.Ordinal);
        var (jsonExit, json) = CliRunner.Run([.. Quick, "--compare", "--format", "json"]);
        Assert.Equal(0, jsonExit);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal("baseline", root.GetProperty("scenarios")[0].GetProperty("manifest").GetProperty("scenario").GetString());
        Assert.Equal(0, root.GetProperty("differences").GetArrayLength());
    }

    [Theory]
    [InlineData("--scenario", "nowhere", "unknown scenario 'nowhere'")]
    [InlineData("--runs", "0", "--runs must be at least 1")]
    [InlineData("--commodity", "gold", "unknown commodity 'gold'")]
    [InlineData("--arrivals", "sometimes", "--arrivals must be poisson or fixed")]
    public void BadInput_OneLineErrorAndNonZeroExit(string option, string value, string message)
    {
        var (exit, output) = CliRunner.Run([.. Quick, option, value]);
        Assert.NotEqual(0, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
