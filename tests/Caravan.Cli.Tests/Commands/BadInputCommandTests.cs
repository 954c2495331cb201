namespace Caravan.Cli.Tests.Commands;

/// <summary>Hostile or broken files give a clear, located error and exit 1: never an abort, an "unexpected error" or a hang.</summary>
public sealed class BadInputCommandTests
{
    [Fact]
    public void ScenariosValidate_YamlNested40000Deep_LocatedProblemExitOne()
    {
        var folder = CliRunner.TempFolder();
        var file = Path.Combine(folder, "deep.yaml");
        File.WriteAllText(file, "name: x\nedits: " + new string('[', 40_000) + new string(']', 40_000) + "\n");

        var (code, output) = CliRunner.Run("scenarios", "validate", file);

        Assert.Equal(1, code);
        Assert.Contains($"{file}:2:", output, StringComparison.Ordinal);
        Assert.Contains("nested more than 32 deep", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ScenariosValidate_YamlAliasBomb_RefusedAtTheAlias()
    {
        var folder = CliRunner.TempFolder();
        var file = Path.Combine(folder, "bomb.yaml");
        var yaml = "name: x\na0: &a0 [x,x,x,x,x,x,x,x,x,x]\n";
        for (var i = 1; i <= 12; i++)
            yaml += $"a{i}: &a{i} [{string.Join(',', Enumerable.Repeat($"*a{i - 1}", 10))}]\n";
        File.WriteAllText(file, yaml + "edits: []\n");

        var (code, output) = CliRunner.Run("scenarios", "validate", file);

        Assert.Equal(1, code);
        Assert.Contains($"{file}:3:10: YAML aliases (*a0) are not accepted", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DataImport_RepeatedFeaturesKey_LocatedProblemExitOne()
    {
        var folder = CliRunner.TempFolder();
        var geoJson = Path.Combine(folder, "network.geojson");
        File.WriteAllText(geoJson, "{\"type\": \"FeatureCollection\",\n \"features\": [],\n \"features\": []}");

        var (code, output) = CliRunner.Run("data", "import", "--data", CliRunner.ValidFixture, "--geojson", geoJson, "--out", Path.Combine(folder, "out"));

        Assert.Equal(1, code);
        Assert.Contains($"{geoJson}:3:2: the key 'features' appears twice", output, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected error", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dangling")]
    [InlineData("loop")]
    public void DataValidate_TableIsABrokenLink_ProblemExitOne(string kind)
    {
        var folder = CliRunner.TempFolder();
        foreach (var file in Directory.GetFiles(CliRunner.ValidFixture))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var table = Path.Combine(folder, "nodes.csv");
        File.Delete(table);
        File.CreateSymbolicLink(table, kind == "loop" ? table : Path.Combine(folder, "gone.csv"));

        var (code, output) = CliRunner.Run("data", "validate", "--data", folder);

        Assert.Equal(1, code);
        Assert.Contains($"{table}: cannot read", output, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected error", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-7")]
    [InlineData("1e-9")]
    [InlineData("1")] // the flow plan ships about 775,000 t a year: 1-t lots are over the cap, 1.55 t would fit
    public void Simulate_LotsFarBelowTheVolumes_ClearErrorNamingTheSmallestLot(string lotTonnes)
    {
        var (code, output) = CliRunner.Run("simulate", "--runs", "1", "--lot-tonnes", lotTonnes);

        Assert.Equal(1, code);
        Assert.Contains("lots per replication", output, StringComparison.Ordinal);
        Assert.Contains("use lots of at least", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_AbsurdlyLargeLot_UsageError()
    {
        var (code, output) = CliRunner.Run("simulate", "--runs", "1", "--lot-tonnes", "1e308");

        Assert.NotEqual(0, code);
        Assert.Contains("--lot-tonnes must be more than 0 and at most", output, StringComparison.Ordinal);
    }
}
