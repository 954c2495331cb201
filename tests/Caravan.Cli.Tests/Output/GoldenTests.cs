using System.Text.RegularExpressions;

namespace Caravan.Cli.Tests.Output;

/// <summary>
/// What the commands print, table and JSON, kept as golden files (the Spectre.Console way): a change
/// to a table, a column, a unit or a JSON field shows as a diff to review. Timings are masked.
/// </summary>
public sealed partial class GoldenTests
{
    private static string Fixture => CliRunner.ValidFixture;

    [Theory]
    [InlineData("route-table.txt", "route", "--from", "KZPAV", "--to", "JPYOK", "--commodity", "gallium", "--alternatives", "2")]
    [InlineData("route.json", "route", "--from", "KZPAV", "--to", "JPYOK", "--commodity", "gallium", "--format", "json")]
    [InlineData("route-no-route.json", "route", "--from", "KZPAV", "--to", "JPYOK", "--commodity", "gallium", "--avoid-country", "CN", "--format", "json")]
    [InlineData("flow-table.txt", "flow")]
    [InlineData("flow.json", "flow", "--format", "json")]
    [InlineData("simulate-table.txt", "simulate", "--runs", "8", "--seed", "3", "--reproducible")]
    [InlineData("simulate.json", "simulate", "--runs", "8", "--seed", "3", "--reproducible", "--format", "json")]
    [InlineData("network-table.txt", "network")]
    [InlineData("commodities.json", "commodities", "--format", "json")]
    public void FixtureDataset_Output_MatchesItsGoldenFile(string golden, params string[] args)
    {
        var (exit, output, error) = CliRunner.RunSplit([.. args, "--data", Fixture]);

        Assert.True(exit is 0 or 3, $"exit {exit}: {error}");
        Golden.AssertMatches(golden, Masked(output));
    }

    [Theory]
    [InlineData("flagship-table.txt", "flagship")]
    [InlineData("risk-gallium-jp-table.txt", "risk", "--importer", "JP", "--mineral", "gallium", "--as-of", "2025-06-01")]
    [InlineData("risk-gallium-jp.json", "risk", "--importer", "JP", "--mineral", "gallium", "--as-of", "2025-06-01", "--format", "json")]
    [InlineData("whatif.json", "risk", "whatif", "--importer", "JP", "--mineral", "gallium", "--ban", "CN", "--add-source", "KZ:15", "--as-of", "2025-06-01", "--format", "json")]
    [InlineData("route-error.json", "route", "--from", "Nowhere", "--to", "JPYOK", "--tonnes", "0", "--format", "json")]
    public void BuiltInDataset_Output_MatchesItsGoldenFile(string golden, params string[] args)
    {
        var (_, output, error) = CliRunner.RunSplit(args);

        Golden.AssertMatches(golden, Masked(output + error));
    }

    // Wall-clock figures differ from run to run, the program version from build to build; everything else is reproducible.
    private static string Masked(string text) => Version().Replace(Seconds().Replace(text, "${name}0"), "\"programVersion\": \"(version)\"");

    [GeneratedRegex(@"""programVersion"": ""[^""]*""")]
    private static partial Regex Version();

    [GeneratedRegex(@"(?<name>""solveSeconds"": |\(\w+[\w/-]*, )[0-9.]+(?= s\)|,|\n)")]
    private static partial Regex Seconds();
}
