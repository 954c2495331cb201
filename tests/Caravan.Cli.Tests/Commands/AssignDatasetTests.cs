using System.Text.Json;

namespace Caravan.Cli.Tests.Commands;

/// <summary><c>caravan assign</c> on a dataset: the corridors' background freight under a scenario, in the contract's fields.</summary>
public sealed class AssignDatasetTests
{
    [Fact]
    public void Assign_RussiaClosed_Json_KeepsTheContractAndMovesFreightToTheMiddleCorridor()
    {
        var (code, output) = CliRunner.Run("assign", "--scenario", "russia-transit-closed", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("russia-transit-closed", root.GetProperty("scenario").GetString());
        var families = root.GetProperty("corridors").EnumerateArray().ToDictionary(c => c.GetProperty("family").GetString()!);
        Assert.Equal(["north", "west", "south", "east", "sea"], families.Keys);
        Assert.Equal(0, families["north"].GetProperty("tonnesPerYear").GetDouble());
        Assert.True(families["west"].GetProperty("tonnesPerYear").GetDouble() > families["west"].GetProperty("baselineTonnesPerYear").GetDouble());
        Assert.True(families["west"].GetProperty("teuPerYear").GetDouble() > 0);
        var element = root.GetProperty("elements")[0];
        foreach (var field in new[] { "id", "kind", "volume", "capacity", "utilisation", "delayHours" })
            Assert.True(element.TryGetProperty(field, out _), field);
        Assert.True(element.GetProperty("utilisation").GetDouble() > 1); // the most utilised element runs over capacity and queues
        Assert.True(element.GetProperty("delayHours").GetDouble() > 0);
    }

    [Fact]
    public void Assign_Year_CarriesTheFreightForward()
    {
        static double West(string year)
        {
            var (code, output) = CliRunner.Run("assign", "--year", year, "--format", "json");
            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output);
            return json.RootElement.GetProperty("corridors").EnumerateArray().Sum(c => c.GetProperty("tonnesPerYear").GetDouble());
        }
        Assert.True(West("2030") > West("2024"));
    }

    [Fact]
    public void Assign_DatasetWithoutFreight_SaysSo()
    {
        var (code, output) = CliRunner.Run("assign", "--data", CliRunner.ValidFixture);

        Assert.Equal(1, code);
        Assert.Contains("has no freight.csv", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_Table_ShowsFamiliesAndElements()
    {
        var (code, output) = CliRunner.Run("assign", "--scenario", "china-transit-closed");

        Assert.Equal(0, code);
        Assert.Contains("Corridor families", output, StringComparison.Ordinal);
        Assert.Contains("Most utilised elements", output, StringComparison.Ordinal);
    }
}
