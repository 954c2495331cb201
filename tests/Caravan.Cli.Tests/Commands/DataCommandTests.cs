using System.Text.Json;

namespace Caravan.Cli.Tests.Commands;

public sealed class DataCommandTests
{
    [Fact]
    public void Validate_BuiltIn_IsCleanAndExitsZero()
    {
        var (exit, output) = CliRunner.Run("data", "validate");
        Assert.Equal(0, exit);
        Assert.Contains("no problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidFolder_ExitsZero()
    {
        var (exit, output) = CliRunner.Run("data", "validate", "--data", CliRunner.ValidFixture);
        Assert.Equal(0, exit);
        Assert.Contains("5 nodes, 4 links", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenFolder_ListsEveryProblemAndExitsOne()
    {
        var folder = CopyOfFixture();
        File.WriteAllText(Path.Combine(folder, "supply.csv"), "node,commodity,tonnes_per_year,notes\nKZPAVX,gallium,-3,\n");

        var (exit, output) = CliRunner.Run("data", "validate", "--data", folder);

        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine(folder, "supply.csv")}:2:1: unknown node 'KZPAVX' (did you mean 'KZPAV'?)", output, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(folder, "supply.csv")}:2:3: 'tonnes_per_year' must be positive, got -3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_ListsProblemsWithLocations()
    {
        var folder = CopyOfFixture();
        File.WriteAllText(Path.Combine(folder, "supply.csv"), "node,commodity,tonnes_per_year,notes\nKZPAV,gallium,lots,\n");

        var (exit, output) = CliRunner.Run("data", "validate", "--data", folder, "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var problem = json.RootElement.GetProperty("problems").EnumerateArray()
            .Single(p => p.GetProperty("file").GetString()!.EndsWith("supply.csv", StringComparison.Ordinal));
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.Equal(3, problem.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Validate_BrokenCompanionTables_ListsScenarioProjectAndMineralsProblems()
    {
        var folder = CopyOfFixture();
        Directory.CreateDirectory(Path.Combine(folder, "scenarios"));
        File.WriteAllText(Path.Combine(folder, "scenarios", "shut.json"), "{\"name\": \"shut\", \"edits\": [{\"type\": \"close\", \"nodes\": [\"NOPE\"]}]}");
        File.WriteAllText(Path.Combine(folder, "projects.csv"), "id,name,country,capex_usd,build_years\nberth,New berth,KZ,-5,2\n");
        Directory.CreateDirectory(Path.Combine(folder, "minerals"));
        File.WriteAllText(Path.Combine(folder, "minerals", "production.csv"), "mineral,stage,country\ngallium,refining,KZ\n");

        var (exit, output) = CliRunner.Run("data", "validate", "--data", folder);

        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine(folder, "scenarios", "shut.json")}:1:", output, StringComparison.Ordinal);
        Assert.Contains("unknown node 'NOPE'", output, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(folder, "projects.csv")}:2:", output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(folder, "minerals", "production.csv"), output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BuiltInJson_CountsEveryTable()
    {
        var (exit, output) = CliRunner.Run("data", "validate", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var tables = json.RootElement.GetProperty("tables");
        Assert.True(tables.GetProperty("scenarios").GetInt32() >= 7);
        Assert.True(tables.GetProperty("projects").GetInt32() >= 15);
        Assert.True(tables.GetProperty("minerals").GetInt32() >= 5);
    }

    [Fact]
    public void Validate_MissingFolder_IsOneClearProblem()
    {
        var (exit, output) = CliRunner.Run("data", "validate", "--data", "/no/such/dataset");

        Assert.Equal(1, exit);
        Assert.Contains("/no/such/dataset: dataset folder not found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ThenValidate_RoundTrips()
    {
        var output = CliRunner.TempFolder();
        var (exit, _) = CliRunner.Run("data", "export", "--data", CliRunner.ValidFixture, "--out", output);
        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(output, "links.csv")));
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
        Assert.Equal(0, CliRunner.Run("data", "validate", "--data", output).ExitCode);
    }

    [Fact]
    public void ExportGeoJson_ThenImport_GivesAValidDataset()
    {
        var folder = CliRunner.TempFolder();
        var geoJson = Path.Combine(folder, "network.geojson");
        var output = Path.Combine(folder, "imported");

        Assert.Equal(0, CliRunner.Run("data", "export", "--data", CliRunner.ValidFixture, "--geojson", geoJson).ExitCode);
        using (var json = JsonDocument.Parse(File.ReadAllText(geoJson)))
            Assert.Equal(9, json.RootElement.GetProperty("features").GetArrayLength());
        var (exit, text) = CliRunner.Run("data", "import", "--data", CliRunner.ValidFixture, "--geojson", geoJson, "--out", output);

        Assert.Equal(0, exit);
        Assert.Contains("validates clean", text, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("data", "validate", "--data", output).ExitCode);
    }

    [Fact]
    public void Import_BrokenGeoJson_WritesNothingAndExitsOne()
    {
        var folder = CliRunner.TempFolder();
        var geoJson = Path.Combine(folder, "network.geojson");
        File.WriteAllText(geoJson, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"properties\":{\"id\":\"x\"}}]}");
        var output = Path.Combine(folder, "out");

        var (exit, text) = CliRunner.Run("data", "import", "--data", CliRunner.ValidFixture, "--geojson", geoJson, "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("nothing written", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Export_WithoutTarget_IsAUsageError()
    {
        var (exit, output) = CliRunner.Run("data", "export");
        Assert.NotEqual(0, exit);
        Assert.Contains("--out", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyCommand_MissingDataFolder_SaysSoWithoutStackTrace()
    {
        var (exit, output) = CliRunner.Run("network", "--data", "/nonexistent/caravan-data");
        Assert.Equal(1, exit);
        Assert.Contains("dataset folder not found", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private static string CopyOfFixture()
    {
        var folder = CliRunner.TempFolder();
        foreach (var file in Directory.GetFiles(CliRunner.ValidFixture))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }
}
