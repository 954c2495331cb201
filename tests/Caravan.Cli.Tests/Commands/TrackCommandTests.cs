using System.Text.Json;
using System.Text.RegularExpressions;

namespace Caravan.Cli.Tests.Commands;

/// <summary><c>caravan track</c>: the sample feed's README runs as written; bad events are refused with their place, the good ones kept.</summary>
public sealed partial class TrackCommandTests
{
    private readonly string _db = Path.Combine(CliRunner.TempFolder(), "track.db");

    private static string Examples => Path.Combine(CliRunner.RepositoryRoot(), "docs", "examples", "tracking");

    [Fact]
    public void SampleReadme_EveryCommandRuns_AndTheStallAtAktauIsAlerted()
    {
        var readme = File.ReadAllText(Path.Combine(Examples, "README.md"));
        var commands = CommandLine().Matches(readme).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.True(commands.Count >= 7, "the sample's README lost its commands");
        foreach (var command in commands)
        {
            var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a == "demo.db" ? _db : a.StartsWith("docs/", StringComparison.Ordinal) ? Path.Combine(CliRunner.RepositoryRoot(), a) : a).ToArray();
            var (exit, output) = CliRunner.Run(args);
            Assert.True(exit == 0, $"'caravan {command}' exited {exit}:\n{output}");
        }
        var (_, json, _) = CliRunner.RunSplit("track", "alerts", "--db", _db, "--format", "json", "--runs", "100");
        var alerts = JsonDocument.Parse(json).RootElement.GetProperty("alerts").EnumerateArray().ToArray();
        Assert.Contains(alerts, a => a.GetProperty("consignment").GetString() == "U-DEMO-1" && a.GetProperty("kind").GetString() == "overdue_dwell");
        Assert.Contains(alerts, a => a.GetProperty("consignment").GetString() == "GA-DEMO-1" && a.GetProperty("kind").GetString() == "sensor_out_of_limits");
        Assert.Empty(JsonDocument.Parse(json).RootElement.GetProperty("raised").EnumerateArray()); // each alert once
    }

    [Fact]
    public void Ingest_FutureAndBadContainer_LocatedOnStderrExit1_GoodRowKept()
    {
        var file = Path.Combine(CliRunner.TempFolder(), "bad.csv");
        File.WriteAllText(file, "event_id,consignment,milestone,time,locode,equipment\n"
            + "ok,U-1,arrived,2026-03-01T00:00:00Z,KZAAU,\n"
            + "late,U-1,arrived,2099-01-01T00:00:00Z,KZAAU,\n"
            + "box,U-1,loaded,2026-03-02T00:00:00Z,KZAAU,CSQU3054384\n");
        var (exit, output, error) = CliRunner.RunSplit("track", "ingest", file, "--db", _db);
        Assert.Equal(1, exit);
        Assert.Contains("1 accepted, 2 rejected", output, StringComparison.Ordinal);
        Assert.Contains("bad.csv:4:6: equipment: 'CSQU3054384': ISO 6346 check digit is 3, not 4", error, StringComparison.Ordinal);
        Assert.Contains("line 3: an actual event at 2099-01-01", error, StringComparison.Ordinal);
        var (again, text) = CliRunner.Run("track", "ingest", file, "--db", _db, "--events", "milestone");
        Assert.Equal(1, again);
        Assert.Contains("0 accepted, 2 rejected, 1 duplicate", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Eta_UnknownConsignment_DidYouMean()
    {
        CliRunner.Run("track", "register", Path.Combine(Examples, "consignments.json"), "--db", _db);
        var (exit, output) = CliRunner.Run("track", "eta", "U-DEMO-2", "--db", _db);
        Assert.Equal(1, exit);
        Assert.Contains("no consignment 'U-DEMO-2'", output, StringComparison.Ordinal);
        Assert.Contains("U-DEMO-1", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^caravan (track .+)$", RegexOptions.Multiline)]
    private static partial Regex CommandLine();
}
