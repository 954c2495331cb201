using System.Text.Json;

namespace Caravan.Cli.Tests.Commands;

public sealed class NetworkCommandTests
{
    [Fact]
    public void Network_Fixture_CountsByKindModeAndCountry()
    {
        var (exit, output) = CliRunner.Run("network", "--data", CliRunner.ValidFixture, "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(5, root.GetProperty("nodes").GetInt32());
        Assert.Equal(2, root.GetProperty("nodesByKind").GetProperty("port").GetInt32());
        Assert.Equal(2, root.GetProperty("linksByMode").GetProperty("rail").GetInt32());
        Assert.Equal(2, root.GetProperty("nodesByCountry").GetProperty("JP").GetInt32());
        var corridors = root.GetProperty("corridors").EnumerateArray().ToList();
        var kzcn = corridors.Single(c => c.GetProperty("countries").GetString() == "CN-KZ");
        Assert.Equal(3000, kzcn.GetProperty("capacityTonnesPerDay").GetDouble()); // the border node binds before the link
    }

    [Fact]
    public void Network_Table_PrintsSummary()
    {
        var (exit, output) = CliRunner.Run("network", "--data", CliRunner.ValidFixture);
        Assert.Equal(0, exit);
        Assert.Contains("5 nodes, 4 links (7 directed arcs)", output, StringComparison.Ordinal);
        Assert.Contains("Links by mode", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_BadFormat_IsRejected()
    {
        var (exit, output) = CliRunner.Run("network", "--format", "xml");
        Assert.NotEqual(0, exit);
        Assert.Contains("--format must be one of table, json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Commodities_Fixture_ShowsRestrictions()
    {
        var (exit, output) = CliRunner.Run("commodities", "--data", CliRunner.ValidFixture);
        Assert.Equal(0, exit);
        Assert.Contains("no air", output, StringComparison.Ordinal);
        Assert.Contains("licensed ports only (class 7)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Commodities_Json_HasRestrictionFields()
    {
        var (exit, output) = CliRunner.Run("commodities", "--data", CliRunner.ValidFixture, "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var u3o8 = json.RootElement.GetProperty("commodities").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "u3o8");
        Assert.Equal("air", u3o8.GetProperty("forbiddenModes")[0].GetString());
        Assert.True(u3o8.GetProperty("licensedNodesOnly").GetBoolean());
    }

    [Fact]
    public void UnknownCommand_ExitsNonZero()
    {
        var (exit, _) = CliRunner.Run("teleport");
        Assert.NotEqual(0, exit);
    }

    [Theory]
    [InlineData("bogus", "network", "--bogus")]
    [InlineData("scenarios", "route", "--from", "kz-pavlodar-aok", "--to", "JPYOK", "--scenarios", "russia-transit-closed")]
    public void AnyCommand_UnknownOption_IsAnErrorNamingIt(string option, params string[] args)
    {
        var (exit, output) = CliRunner.Run(args);

        Assert.NotEqual(0, exit);
        Assert.Contains($"Unknown option '{option}'", output, StringComparison.Ordinal);
    }
}
