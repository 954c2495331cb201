using System.Text.Json;

namespace Caravan.Cli.Tests.Commands;

public sealed class RiskCommandTests
{
    private const string AsOf = "2026-11-29";

    private static string PublishedTable => Path.Combine(CliRunner.RepositoryRoot(), "src", "Caravan.Core", "Data", "Eurasia", "minerals", "eu-crm-2023.csv");

    [Fact]
    public void Risk_AllMinerals_TablePrintsEachWithSrAndVerdict()
    {
        var (exit, output) = CliRunner.Run("risk", "--as-of", AsOf);

        Assert.Equal(0, exit);
        foreach (var mineral in new[] { "gallium", "rare-earths", "uranium", "antimony", "titanium", "chromium", "tungsten" })
            Assert.Contains(mineral, output, StringComparison.Ordinal);
        Assert.Contains("5.89", output, StringComparison.Ordinal); // gallium, China's licence in force (t = 1.1)
        Assert.Contains("no data (SI_SR not given)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Risk_ImporterJson_GalliumForJapanWithCorridor()
    {
        var (exit, output) = CliRunner.Run("risk", "--importer", "jp", "--mineral", "gallium", "--format", "json", "--as-of", AsOf);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var gallium = json.RootElement.GetProperty("minerals")[0];
        Assert.Equal("JP", json.RootElement.GetProperty("importer").GetString());
        Assert.Equal("gallium", gallium.GetProperty("mineral").GetString());
        Assert.True(gallium.GetProperty("critical").GetBoolean());
        Assert.Equal("processing", gallium.GetProperty("bottleneck").GetString());
        Assert.True(gallium.GetProperty("importerSr").GetDouble() < gallium.GetProperty("sr").GetDouble());
        var stage = gallium.GetProperty("stages")[0];
        Assert.Equal(0.9789, stage.GetProperty("production").GetProperty("hhi").GetDouble(), 4);
        Assert.Equal(1 - 70.0 / 167.0, stage.GetProperty("sourcing").GetProperty("importReliance").GetDouble(), 9);
        var origins = gallium.GetProperty("corridor").GetProperty("origins").EnumerateArray().Select(o => o.GetProperty("status").GetString()).ToList();
        Assert.Contains("domestic", origins);
        Assert.Contains("unattributed", origins);
    }

    [Fact]
    public void Risk_NoDataMineral_JsonNullsNotZeros()
    {
        var (exit, output) = CliRunner.Run("risk", "--mineral", "rare-earths", "--format", "json", "--as-of", AsOf);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var ree = json.RootElement.GetProperty("minerals")[0];
        Assert.Equal(JsonValueKind.Null, ree.GetProperty("sr").ValueKind);
        Assert.Equal(JsonValueKind.Null, ree.GetProperty("critical").ValueKind);
        Assert.Equal("SI_SR not given", ree.GetProperty("stages")[0].GetProperty("global").GetProperty("noData").GetString());
    }

    [Fact]
    public void Risk_UnknownMineral_OneLineErrorWithSuggestion()
    {
        var (exit, output) = CliRunner.Run("risk", "--mineral", "galium");

        Assert.Equal(1, exit);
        Assert.Contains("no data for mineral 'galium' (did you mean 'gallium'?)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Risk_Compare_ReportsSpearmanAndAgreement()
    {
        var (exit, output) = CliRunner.Run("risk", "compare", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var comparison = json.RootElement.GetProperty("comparison");
        Assert.Equal(0.7, comparison.GetProperty("spearman").GetDouble(), 9);
        Assert.Equal(4, comparison.GetProperty("agreements").GetInt32());
        Assert.Equal(5, comparison.GetProperty("classified").GetInt32());
    }

    [Fact]
    public void Risk_DataFolderWithoutMinerals_UsesBuiltInTablesAndItsNetwork()
    {
        var (exit, output) = CliRunner.Run("risk", "--data", CliRunner.ValidFixture, "--importer", "JP", "--mineral", "gallium", "--as-of", AsOf);

        Assert.Equal(0, exit);
        Assert.Contains("built-in minerals tables used", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Risk_DataFolderWithBadMinerals_ListsProblemsAndFails()
    {
        var folder = CliRunner.FixtureWithBadMinerals();
        try
        {
            var (exit, output) = CliRunner.Run("risk", "--data", folder);

            Assert.Equal(1, exit);
            Assert.Contains($"{Path.Combine(folder, "minerals", "production.csv")}:2:5: 'quantity' must be a number, got 'lots'", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void EuCrm_PublishedTable_EveryRowWithStagesReproduced()
    {
        var (exit, output) = CliRunner.Run("risk", "eu-crm", "--input", PublishedTable);

        Assert.Equal(0, exit);
        Assert.Contains("17 of 17 published rows reproduced", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EuCrm_StageLevelJson_SrBottleneckAndVerdict()
    {
        var folder = CliRunner.TempFolder();
        try
        {
            var input = Path.Combine(folder, "stages.csv");
            File.WriteAllText(input, "material,sr_e,sr_p,ei\nLithium,0.8,1.9,3.9\nRhenium,,0.5,2.3\n");

            var (exit, output) = CliRunner.Run("risk", "eu-crm", "--input", input, "--format", "json");

            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            Assert.Equal("stage-level", json.RootElement.GetProperty("shape").GetString());
            var lithium = json.RootElement.GetProperty("materials")[0];
            Assert.Equal(1.9, lithium.GetProperty("sr").GetDouble());
            Assert.Equal("processing", lithium.GetProperty("bottleneck").GetString());
            Assert.True(lithium.GetProperty("critical").GetBoolean());
            Assert.False(json.RootElement.GetProperty("materials")[1].GetProperty("critical").GetBoolean());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void EuCrm_FullInput_ComputesSr()
    {
        var folder = CliRunner.TempFolder();
        try
        {
            var input = Path.Combine(folder, "full.csv");
            File.WriteAllText(input, "material,stage,scope,country,share,wgi_mean,trade_parameter,import_reliance,eol_rir,si_sr,ei\n"
                + "M,processing,global,AA,0.6,0.5,1.1,0.5,0.2,0.9,3.0\nM,processing,global,BB,0.4,-0.5,,,,,\nM,processing,sourcing,CC,1.0,1.5,,,,,\n");

            var (exit, output) = CliRunner.Run("risk", "eu-crm", "--input", input, "--format", "json");

            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            Assert.Equal("full", json.RootElement.GetProperty("shape").GetString());
            Assert.Equal(1.53792, json.RootElement.GetProperty("materials")[0].GetProperty("sr").GetDouble(), 12);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void EuCrm_BadInput_PrintsFileLineColumnAndFails()
    {
        var folder = CliRunner.TempFolder();
        try
        {
            var input = Path.Combine(folder, "bad.csv");
            File.WriteAllText(input, "material,sr_e,sr_p,ei\nA,high,1.0,3\n");

            var (exit, output) = CliRunner.Run("risk", "eu-crm", "--input", input);

            Assert.Equal(1, exit);
            Assert.Contains($"{input}:2:2: 'sr_e' must be a number, got 'high'", output, StringComparison.Ordinal);
            Assert.Contains("1 problem(s)", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void EuCrm_NoInput_IsAUsageError()
    {
        var (exit, output) = CliRunner.Run("risk", "eu-crm");

        Assert.NotEqual(0, exit);
        Assert.Contains("--input FILE is required", output, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_JapanGalliumKazakhSource_JsonShowsDeltas()
    {
        var (exit, output) = CliRunner.Run("risk", "whatif", "--importer", "JP", "--mineral", "gallium", "--add-source", "KZ:15", "--format", "json", "--as-of", AsOf);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("deltaHhi").GetDouble() < 0);
        Assert.True(root.GetProperty("deltaSr").GetDouble() < 0);
        Assert.Equal(182.0 / 167.0, root.GetProperty("totalShare").GetDouble(), 9);
        Assert.Equal(167, root.GetProperty("before").GetProperty("total").GetDouble(), 9);
    }

    [Fact]
    public void WhatIf_ChinaBan_TableShowsRemainingSupply()
    {
        var (exit, output) = CliRunner.Run("risk", "whatif", "--importer", "JP", "--mineral", "gallium", "--ban", "CN", "--as-of", AsOf);

        Assert.Equal(0, exit);
        Assert.Contains("67.1%", output, StringComparison.Ordinal); // 112 of 167 t still flows
    }

    [Theory]
    [InlineData("--add-source", "KZ")]
    [InlineData("--remove-source", "BR")]
    public void WhatIf_BadChange_OneLineError(string option, string value)
    {
        var (exit, output) = CliRunner.Run("risk", "whatif", "--importer", "JP", "--mineral", "gallium", option, value);

        Assert.Equal(1, exit);
        Assert.StartsWith("error:", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_NoChange_SaysWhatToGive()
    {
        var (exit, output) = CliRunner.Run("risk", "whatif", "--importer", "JP", "--mineral", "gallium");

        Assert.Equal(1, exit);
        Assert.Contains("give at least one change", output, StringComparison.Ordinal);
    }
}
