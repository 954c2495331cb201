using System.Globalization;
using System.Text.Json;

namespace Caravan.Cli.Tests.Commands;

public sealed class AssignCommandTests
{
    private static string Data(string network, string file) =>
        Path.Combine(CliRunner.RepositoryRoot(), "tests", "Caravan.Core.Tests", "Assignment", "Data", network, file);

    private static readonly string SiouxNet = Data("SiouxFalls", "SiouxFalls_net.tntp");
    private static readonly string SiouxTrips = Data("SiouxFalls", "SiouxFalls_trips.tntp");

    [Fact]
    public void Assign_TntpJson_KeepsTheContractFields()
    {
        var (code, output) = CliRunner.Run("assign", "--tntp-net", SiouxNet, "--tntp-trips", SiouxTrips, "--gap", "1e-8", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.InRange(root.GetProperty("relativeGap").GetDouble(), 0, 1e-8);
        Assert.Equal(4_231_335.287, root.GetProperty("objective").GetDouble(), 1e-3);
        Assert.True(root.GetProperty("tstt").GetDouble() > root.GetProperty("objective").GetDouble());
        Assert.True(root.GetProperty("iterations").GetInt32() > 0);
        Assert.True(root.GetProperty("seconds").GetDouble() >= 0);
        Assert.Equal(24, root.GetProperty("zones").GetInt32());
        Assert.Equal(76, root.GetProperty("links").GetInt32());
        Assert.Equal("converged", root.GetProperty("status").GetString());
    }

    [Fact]
    public void Assign_FlowsOut_WritesOneLinePerLinkInNetFileOrder()
    {
        var file = Path.Combine(CliRunner.TempFolder(), "flows.tntp");

        var (code, _) = CliRunner.Run("assign", "--tntp-net", SiouxNet, "--tntp-trips", SiouxTrips, "--flows-out", file, "--format", "json");

        Assert.Equal(0, code);
        var lines = File.ReadAllLines(file);
        Assert.Equal("From\tTo\tVolume\tCost", lines[0]);
        Assert.Equal(77, lines.Length);
        var links = File.ReadAllLines(SiouxNet).Where(l => l.StartsWith('\t') && char.IsDigit(l[1])).Select(l => l.Split('\t', StringSplitOptions.RemoveEmptyEntries)).ToList();
        for (var i = 0; i < 76; i++)
        {
            var fields = lines[i + 1].Split('\t');
            Assert.Equal((links[i][0], links[i][1]), (fields[0], fields[1]));
            Assert.True(double.Parse(fields[2], CultureInfo.InvariantCulture) > 0);
        }
    }

    [Fact]
    public void Assign_Table_ShowsGapObjectiveAndCongestedLinks()
    {
        var (code, output) = CliRunner.Run("assign", "--tntp-net", SiouxNet, "--tntp-trips", SiouxTrips, "--top", "3");

        Assert.Equal(0, code);
        Assert.Contains("converged (user-equilibrium, algorithm-b)", output, StringComparison.Ordinal);
        Assert.Contains("Beckmann objective 4,231,3", output, StringComparison.Ordinal);
        Assert.Contains("Most congested links", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_ZeroSeconds_ReportsTheTimeLimit()
    {
        var (code, output) = CliRunner.Run("assign", "--tntp-net", SiouxNet, "--tntp-trips", SiouxTrips, "--gap", "0", "--max-seconds", "0", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("time-limit", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public void Assign_SystemOptimum_CostsLessThanEquilibrium()
    {
        var (_, ue) = CliRunner.Run("assign", "--tntp-net", SiouxNet, "--tntp-trips", SiouxTrips, "--gap", "1e-6", "--format", "json");
        var (code, so) = CliRunner.Run("assign", "--tntp-net", SiouxNet, "--tntp-trips", SiouxTrips, "--gap", "1e-6", "--system-optimum", "--format", "json");

        Assert.Equal(0, code);
        using var ueJson = JsonDocument.Parse(ue);
        using var soJson = JsonDocument.Parse(so);
        Assert.Equal("system-optimum", soJson.RootElement.GetProperty("objectiveKind").GetString());
        Assert.True(soJson.RootElement.GetProperty("tstt").GetDouble() < ueJson.RootElement.GetProperty("tstt").GetDouble());
    }

    [Fact]
    public void Assign_NegativeCapacity_IsALocatedErrorNotAStackTrace()
    {
        var net = EditedCopy(SiouxNet, "\t1\t2\t25900.20064", "\t1\t2\t-25900.20064");

        var (code, output) = CliRunner.Run("assign", "--tntp-net", net, "--tntp-trips", SiouxTrips);

        Assert.Equal(1, code);
        Assert.Contains($"{net}:10:6: negative capacity -25900.20064", output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_TripsThatDoNotSumToTheirHeader_IsALocatedError()
    {
        var trips = EditedCopy(SiouxTrips, "<TOTAL OD FLOW> 360600.0", "<TOTAL OD FLOW> 360700.0");

        var (code, output) = CliRunner.Run("assign", "--tntp-net", SiouxNet, "--tntp-trips", trips);

        Assert.Equal(1, code);
        Assert.Contains($"{trips}:2:17: the trips sum to 360600 but <TOTAL OD FLOW> says 360700", output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_DatasetRussiaClosedJson_KeepsTheContractAndDivertsWest()
    {
        var (code, output) = CliRunner.Run("assign", "--scenario", "russia-transit-closed", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("russia-transit-closed", root.GetProperty("scenario").GetString());
        var corridors = root.GetProperty("corridors").EnumerateArray().ToList();
        Assert.Equal(["north", "west", "south", "east", "sea"], corridors.Select(c => c.GetProperty("family").GetString()));
        Assert.All(corridors, c => Assert.True(c.GetProperty("tonnesPerYear").GetDouble() >= 0 && c.GetProperty("teuPerYear").GetDouble() >= 0));
        var west = corridors.Single(c => c.GetProperty("family").GetString() == "west");
        var (_, baselineOutput) = CliRunner.Run("assign", "--format", "json");
        using var baseline = JsonDocument.Parse(baselineOutput);
        var baselineWest = baseline.RootElement.GetProperty("corridors").EnumerateArray().Single(c => c.GetProperty("family").GetString() == "west");
        Assert.True(west.GetProperty("tonnesPerYear").GetDouble() > baselineWest.GetProperty("tonnesPerYear").GetDouble());
        Assert.Equal(baselineWest.GetProperty("tonnesPerYear").GetDouble(), west.GetProperty("baselineTonnesPerYear").GetDouble());
        // North via Russia carries nothing across its cut once Russia's transit is closed.
        Assert.Equal(0, corridors.Single(c => c.GetProperty("family").GetString() == "north").GetProperty("tonnesPerYear").GetDouble());
        var elements = root.GetProperty("elements").EnumerateArray().ToList();
        Assert.NotEmpty(elements);
        foreach (var e in elements)
        {
            Assert.False(string.IsNullOrEmpty(e.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(e.GetProperty("kind").GetString()));
            Assert.True(e.GetProperty("volume").GetDouble() >= 0);
            Assert.True(e.GetProperty("capacity").GetDouble() >= 0);
            Assert.True(e.GetProperty("utilisation").GetDouble() >= 0);
            Assert.True(e.GetProperty("delayHours").GetDouble() >= 0);
        }
    }

    /// <summary>A copy of <paramref name="file"/> in a fresh folder with one piece of text replaced.</summary>
    private static string EditedCopy(string file, string text, string replacement)
    {
        var copy = Path.Combine(CliRunner.TempFolder(), Path.GetFileName(file));
        var original = File.ReadAllText(file);
        Assert.Contains(text, original, StringComparison.Ordinal);
        File.WriteAllText(copy, original.Replace(text, replacement, StringComparison.Ordinal));
        return copy;
    }

    [Theory]
    [InlineData(new[] { "assign", "--tntp-net", "a", "--tntp-trips", "b", "--scenario", "russia-transit-closed" }, "--scenario and --year apply to a dataset's freight")]
    [InlineData(new[] { "assign", "--flows-out", "f.tntp" }, "--flows-out writes TNTP flows")]
    [InlineData(new[] { "assign", "--year", "1900" }, "--year must be between 2000 and 2100")]
    [InlineData(new[] { "assign", "--scenario", "no-such-scenario" }, "no-such-scenario")]
    [InlineData(new[] { "assign", "--tntp-net", "x.tntp" }, "--tntp-trips is missing")]
    [InlineData(new[] { "assign", "--tntp-net", "nowhere.tntp", "--tntp-trips", "nowhere-trips.tntp" }, "nowhere.tntp: file not found")]
    [InlineData(new[] { "assign", "--tntp-net", "a", "--tntp-trips", "b", "--gap", "-1" }, "--gap must be 0 or more")]
    [InlineData(new[] { "assign", "--tntp-net", "a", "--tntp-trips", "b", "--method", "msa" }, "--method must be algorithm-b or frank-wolfe")]
    public void Assign_BadArguments_AreOneClearLine(string[] args, string expected)
    {
        var (code, output) = CliRunner.Run(args);

        Assert.NotEqual(0, code);
        Assert.Contains(expected, output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
