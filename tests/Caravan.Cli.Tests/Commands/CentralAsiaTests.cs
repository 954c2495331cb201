using System.Text.Json;

namespace Caravan.Cli.Tests.Commands;

/// <summary>Central Asia in the built-in dataset, as the commands show it: rare earths, Kyrgyzstan, a whole-dataset check.</summary>
public sealed class CentralAsiaTests
{
    [Fact]
    public void Route_CentralAsianRareEarthsToChubu_FindsARoute()
    {
        var (exit, output) = CliRunner.Run("route", "--from", "kz-sareco-stepnogorsk", "--to", "jp-chubu-industry", "--commodity", "ree-oxides", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var route = json.RootElement.GetProperty("routes")[0];
        var legs = route.GetProperty("legs").EnumerateArray().ToList();
        Assert.Equal("kz-sareco-stepnogorsk", legs[0].GetProperty("from").GetString());
        Assert.Equal("jp-chubu-industry", legs[^1].GetProperty("to").GetString());
    }

    [Fact]
    public void Flow_CentralAsianOriginsOnly_ServePartOfJapansRareEarthDemand()
    {
        var (exit, output) = CliRunner.Run("flow", "--commodity", "ree-oxides", "--origin", "KZ", "--origin", "KG", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var japan = json.RootElement.GetProperty("demand").EnumerateArray().Single(d => d.GetProperty("node").GetString() == "jp-chubu-industry");
        var served = japan.GetProperty("demandTonnes").GetDouble() - japan.GetProperty("unmetTonnes").GetDouble();
        // SARECO's estimated 300 t/yr, all of it: the rest of the 18,835 t stays unmet without China, Australia and the US.
        Assert.Equal(300, served, 1e-6);
        Assert.Contains(json.RootElement.GetProperty("flows").EnumerateArray(), f => f.GetProperty("link").GetString() == "kz-sareco-stepnogorsk-kzast-rail");
    }

    [Fact]
    public void Network_Kyrgyzstan_ListsItsNodesAndLinks()
    {
        var (exit, output) = CliRunner.Run("network", "--country", "kg", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("nodesByCountry").GetProperty("KG").GetInt32() >= 10);
        var corridors = json.RootElement.GetProperty("corridors").EnumerateArray().Select(c => c.GetProperty("countries").GetString()).ToList();
        Assert.Contains("CN-KG", corridors);
        Assert.Contains("KG-KZ", corridors);
        Assert.Contains("KG-UZ", corridors);
        var listing = Assert.Single(json.RootElement.GetProperty("listings").EnumerateArray().ToList());
        Assert.Equal("KG", listing.GetProperty("country").GetString());
        var nodes = listing.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Contains("kg-bishkek", nodes);
        Assert.Contains("kg-torugart", nodes);
        Assert.Contains("kg-kutessay", nodes);
        var links = listing.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("id").GetString()).ToList();
        Assert.Contains("kg-torugart-cn-torugart-road", links);
        Assert.Contains("kz-lugovaya-kg-kz-kaindy-rail", links);
    }

    [Fact]
    public void Network_KyrgyzstanTable_NamesTheTorugartCrossing()
    {
        var (exit, output) = CliRunner.Run("network", "--country", "KG");
        Assert.Equal(0, exit);
        Assert.Contains("Nodes in Kyrgyzstan (KG)", output, StringComparison.Ordinal);
        Assert.Contains("kg-torugart", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_UnknownCountry_OneClearLine()
    {
        var (exit, output) = CliRunner.Run("network", "--country", "KX");
        Assert.NotEqual(0, exit);
        Assert.Contains("unknown country 'KX'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DataValidate_BuiltIn_ChecksEveryTableCleanWithoutWarnings()
    {
        var (exit, output) = CliRunner.Run("data", "validate", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Empty(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Empty(json.RootElement.GetProperty("warnings").EnumerateArray());
        var tables = json.RootElement.GetProperty("tables");
        Assert.Equal(21, tables.GetProperty("tariffs").GetInt32());
        Assert.Equal(10, tables.GetProperty("scenarios").GetInt32());
        Assert.Equal(21, tables.GetProperty("projects").GetInt32());
        Assert.Equal(7, tables.GetProperty("minerals").GetInt32());
    }
}
