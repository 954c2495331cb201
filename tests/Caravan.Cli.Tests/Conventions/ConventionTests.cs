using System.Text.Json;

namespace Caravan.Cli.Tests.Conventions;

/// <summary>
/// What every command promises a user and a script: answers on standard output, errors on standard
/// error (an RFC 7807-shaped object with --format json), never wrapped, the documented exit codes,
/// "did you mean" wherever a name is typed, the scenarios applied in the header and the JSON.
/// </summary>
public sealed class ConventionTests
{
    [Fact]
    public void Route_UnknownNodeAsJson_NothingOnStdoutAndAProblemOnStderr()
    {
        var (exit, output, error) = CaravanProcess.Run("route", "--from", "Nowhere", "--to", "JPYOK", "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        using var problem = JsonDocument.Parse(error);
        Assert.Equal("Invalid route question", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(1, problem.RootElement.GetProperty("exitCode").GetInt32());
        Assert.Contains("unknown node 'Nowhere'", problem.RootElement.GetProperty("errors").GetProperty("--from")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Route_EveryBadField_OneUnwrappedLineEachOnStderr()
    {
        var (exit, output, error) = CaravanProcess.Run("route", "--from", "Nowhere", "--to", "JPYOK", "--tonnes", "-3",
            "--avoid-chokepoint", "sues", "--alternatives", "500", "--max-shared", "2");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("error: --", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("error: --avoid-chokepoint: unknown chokepoint 'sues' (did you mean 'suez'", StringComparison.Ordinal));
        Assert.Contains("error: --alternatives must be 1 to 10; got 500", lines);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Piped_LongLines_AreNotWrapped()
    {
        var (exit, output, _) = CaravanProcess.Run("route", "--from", "kz-pavlodar-aok", "--to", "jp-kanto-industry", "--commodity", "gallium");

        Assert.Equal(0, exit);
        // The headline of a route is over 100 characters: one line, not cut at a terminal's 80.
        Assert.Contains(output.Split('\n'), l => l.StartsWith("Route 1 (", StringComparison.Ordinal) && l.Contains("generalised US$", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rout", "did you mean 'route'")]
    [InlineData("simulte", "did you mean 'simulate'")]
    public void UnknownCommand_SuggestsTheClosest(string command, string suggestion)
    {
        var (exit, output, error) = CliRunner.RunSplit(command);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(suggestion, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--scenarios", "did you mean '--scenario'")]
    [InlineData("--formt", "did you mean '--format'")]
    public void UnknownOption_SuggestsTheClosest(string option, string suggestion)
    {
        var (exit, _, error) = CliRunner.RunSplit("route", "--from", "KZPWQ", "--to", "JPYOK", option, "json");

        Assert.Equal(2, exit);
        Assert.Contains(suggestion, error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOptionAsJson_IsAProblemObjectWithUsageExitCode()
    {
        var (exit, output, error) = CliRunner.RunSplit("flow", "--perod", "year", "--format", "json");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        using var problem = JsonDocument.Parse(error);
        Assert.Equal("Usage error", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("did you mean '--period'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("flow", "--backend", "hihgs", "did you mean 'highs'")]
    [InlineData("flow", "--method", "lpp", "did you mean 'lp'")]
    [InlineData("simulate", "--arrivals", "fixd", "did you mean 'fixed'")]
    [InlineData("invest", "--objective", "servd", "did you mean 'served'")]
    [InlineData("flow", "--scenario", "russia-transit-closd", "did you mean 'russia-transit-closed'")]
    [InlineData("risk", "--mineral", "galium", "did you mean 'gallium'")]
    public void MistypedName_SuggestsTheClosest(string command, string option, string value, string suggestion)
    {
        var (exit, output, error) = CliRunner.RunSplit(command, option, value, "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains(suggestion, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_MineralForCommodity_IsTheCommodityMadeOfIt()
    {
        var (exit, output) = CliRunner.Run("route", "--from", "kz-kazatomprom-south", "--to", "jp-kanto-industry", "--commodity", "uranium", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("u3o8", JsonDocument.Parse(output).RootElement.GetProperty("commodity").GetString());
    }

    [Fact]
    public void Route_UnderAScenario_HeaderAndJsonNameIt()
    {
        string[] args = ["route", "--from", "kz-pavlodar-aok", "--to", "jp-kanto-industry", "--commodity", "u3o8", "--scenario", "russia-transit-closed"];
        var (exit, table) = CliRunner.Run(args);
        var (jsonExit, json) = CliRunner.Run([.. args, "--format", "json"]);
        var (_, plain) = CliRunner.Run(args[..^2]);

        Assert.Equal((0, 0), (exit, jsonExit));
        Assert.Contains("scenarios: russia-transit-closed;", table.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("scenarios: none (the dataset as it is)", plain.Split('\n')[0], StringComparison.Ordinal);
        Assert.Equal(["russia-transit-closed"], JsonDocument.Parse(json).RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void Flagship_UnderAScenario_HeaderAndJsonNameIt()
    {
        var (exit, table) = CliRunner.Run("flagship", "--scenario", "caspian-winter-storms");
        var (jsonExit, json) = CliRunner.Run("flagship", "--scenario", "caspian-winter-storms", "--format", "json");

        Assert.Equal((0, 0), (exit, jsonExit));
        Assert.Contains("scenarios: caspian-winter-storms", table, StringComparison.Ordinal);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(["caspian-winter-storms"], root.GetProperty("appliedScenarios").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("generalised cost", root.GetProperty("ranking").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Flow_Table_EveryFigureHasItsUnit()
    {
        var (exit, output) = CliRunner.Run("flow", "--commodity", "gallium", "--scenario", "russia-transit-closed");

        Assert.Equal(0, exit);
        Assert.Contains("flow russia-transit-closed:", output, StringComparison.Ordinal);
        Assert.Contains("total cost US$", output, StringComparison.Ordinal);
        Assert.Matches(@"unmet [\d,.]+ t of [\d,.]+ t demanded", output);
    }

    [Fact]
    public void Flow_Json_CarriesNoSolverNoise()
    {
        var (exit, output) = CliRunner.Run("flow", "--format", "json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        // Tonnes to the kilogram and money to the cent: no 774929.7499999998.
        foreach (var flow in root.GetProperty("flows").EnumerateArray())
            Assert.Equal(Math.Round(flow.GetProperty("tonnes").GetDouble(), 3), flow.GetProperty("tonnes").GetDouble());
        Assert.Equal(Math.Round(root.GetProperty("totalCostUsd").GetDouble(), 2), root.GetProperty("totalCostUsd").GetDouble());
    }

    [Fact]
    public void Serve_PortInUse_OneLineOnStderr()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;

        var (exit, output, error) = CaravanProcess.Run("serve", "--urls", $"http://127.0.0.1:{port}", "--db", Path.Combine(CliRunner.TempFolder(), "busy.db"));

        Assert.Equal(1, exit);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.Equal($"error: cannot listen on http://127.0.0.1:{port}: the address is already in use (another caravan serve?); stop what uses it or pick another port with --urls",
            error.TrimEnd('\n'));
    }

    [Fact]
    public void Route_NoRoute_ExitsThreeWithTheAnswerOnStdout()
    {
        var (exit, output, error) = CliRunner.RunSplit("route", "--from", "KZPAV", "--to", "JPYOK", "--data", CliRunner.ValidFixture,
            "--commodity", "gallium", "--avoid-country", "CN", "--format", "json");

        Assert.Equal(3, exit);
        Assert.Equal("", error);
        Assert.NotEqual(JsonValueKind.Null, JsonDocument.Parse(output).RootElement.GetProperty("noRouteReason").ValueKind);
    }
}
