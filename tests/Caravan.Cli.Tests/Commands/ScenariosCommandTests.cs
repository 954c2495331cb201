using System.Text.Json;

namespace Caravan.Cli.Tests.Commands;

public sealed class ScenariosCommandTests
{
    private static (int Code, string Output) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Scenarios_BuiltIn_ListsTheFlagshipScenarios()
    {
        var (code, output) = Run("scenarios", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var names = json.RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("russia-transit-closed", names);
        Assert.Contains("dostyk-stoppage-2024", names);
        Assert.Contains("china-rare-earth-export-ban", names);
        Assert.Contains("red-sea-crisis", names);
        Assert.Equal(10, names.Count);
    }

    [Fact]
    public void Scenarios_Table_ShowsNamesAndEdits()
    {
        var (code, output) = Run("scenarios");

        Assert.Equal(0, code);
        Assert.Contains("caspian-winter-storms", output, StringComparison.Ordinal);
        Assert.Contains("ban exports of gallium from CN", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FileWithUnknownNode_PrintsFileLineColumnAndExitsOne()
    {
        var file = Path.Combine(Path.GetTempPath(), $"caravan-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{\n  \"name\": \"bad\",\n  \"edits\": [\n    {\"type\": \"close\", \"nodes\": [\"KZAAX\"]}\n  ]\n}\n");
        try
        {
            var (code, output) = Run("scenarios", "validate", file);

            Assert.Equal(1, code);
            Assert.Contains($"{file}:4:33: unknown node 'KZAAX' (did you mean 'KZAAU'", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_GoodFile_ExitsZero()
    {
        var file = Path.Combine(Path.GetTempPath(), $"caravan-good-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"name": "good", "edits": [{"type": "scale_capacity", "nodes": ["KZAAU"], "factor": 2}]}""");
        try
        {
            var (code, output) = Run("scenarios", "validate", file);

            Assert.Equal(0, code);
            Assert.Contains("ok scenario 'good'", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_YamlFileWithUnknownNode_PrintsYamlLineColumn()
    {
        var file = Path.Combine(Path.GetTempPath(), $"caravan-bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "name: bad\nedits:\n  - type: close\n    nodes: [KZAAX]\n");
        try
        {
            var (code, output) = Run("scenarios", "validate", file);

            Assert.Equal(1, code);
            Assert.Contains($"{file}:4:13: unknown node 'KZAAX' (did you mean 'KZAAU'", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_MissingFile_IsAClearError()
    {
        var (code, output) = Run("scenarios", "validate", "/no/such/scenario.json");

        Assert.Equal(1, code);
        Assert.Contains("scenario file not found", output, StringComparison.Ordinal);
    }
}
