using System.Text.Json;

namespace Caravan.Cli.Tests.Commands;

public sealed class InvestCommandTests : IDisposable
{
    private const string Projects =
        "id,name,country,capex_usd,build_years,opex_usd_per_year,lifetime_years,requires,excludes,estimate,source,notes\n"
        + "dostyk-digital,Digital customs at Dostyk,KZ,20000,1,0,10,,,true,test,\n"
        + "dostyk-scanners,Scanners and pre-arrival data on the Pavlodar-Dostyk line,KZ,5000,1,0,10,dostyk-digital,,true,test,\n"
        + "dostyk-gold,A far too dear Dostyk yard,KZ,10000000,2,0,10,,,true,test,\n";

    private readonly string _folder = CliRunner.TempFolder();

    public InvestCommandTests()
    {
        foreach (var file in Directory.GetFiles(CliRunner.ValidFixture))
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(_folder, "projects.csv"), Projects);
        Directory.CreateDirectory(Path.Combine(_folder, "projects"));
        Edits("dostyk-digital", "{\"type\": \"digitise_customs\", \"nodes\": [\"kz-dostyk\"]}");
        Edits("dostyk-scanners", "{\"type\": \"add_delay\", \"links\": [\"pav-dostyk\"], \"hours\": -5}");
        Edits("dostyk-gold", "{\"type\": \"scale_capacity\", \"nodes\": [\"kz-dostyk\"], \"factor\": 3}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Invest_Json_HasExactlyTheContractFields()
    {
        var (code, output) = CliRunner.Run("invest", "--data", _folder, "--format", "json", "--check-runs", "0");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        // The contract's four fields first and unchanged; the fields added later follow.
        Assert.Equal(["status", "objective", "portfolio", "frontier", "objectiveKind", "expectedServedTonnes", "check"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("cost", root.GetProperty("objectiveKind").GetString());
        Assert.True(root.GetProperty("expectedServedTonnes").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("check").ValueKind);
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("objective").GetDouble() > 0);
        var portfolio = root.GetProperty("portfolio").EnumerateArray().ToList();
        Assert.All(portfolio, p => Assert.Equal(["id", "capexUsd", "benefitUsd"], p.EnumerateObject().Select(x => x.Name)));
        // Digital customs saves ~50 h of dwell on 115 t/yr of dear cargo, far more than ~US$3,000/yr of
        // annualised capex; the scanners need it; the gold-plated yard relieves no binding capacity.
        Assert.Equal(["dostyk-digital", "dostyk-scanners"], portfolio.Select(p => p.GetProperty("id").GetString()).Order());
        Assert.All(portfolio, p => Assert.True(p.GetProperty("benefitUsd").GetDouble() > 0));
        Assert.Empty(root.GetProperty("frontier").EnumerateArray());
    }

    [Fact]
    public void Invest_Sweep_GivesAMonotoneFrontierAndPlots()
    {
        var plots = Path.Combine(_folder, "plots");
        var (code, output) = CliRunner.Run("invest", "--data", _folder, "--format", "json", "--sweep", "0:30000:10000", "--plot", plots);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var frontier = json.RootElement.GetProperty("frontier").EnumerateArray()
            .Select(f => (Budget: f.GetProperty("budgetUsd").GetDouble(), Objective: f.GetProperty("objective").GetDouble())).ToList();
        Assert.Equal([0.0, 10000, 20000, 30000], frontier.Select(f => f.Budget));
        for (var i = 1; i < frontier.Count; i++)
            Assert.True(frontier[i].Objective <= frontier[i - 1].Objective * (1 + 1e-9));
        Assert.True(frontier[^1].Objective < frontier[0].Objective);
        Assert.True(new FileInfo(Path.Combine(plots, "frontier.png")).Length > 1000);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(plots, "frontier.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void Invest_Check_SimulatesEveryScenarioAndRepeatsWithTheSameSeed()
    {
        string[] args = ["invest", "--data", _folder, "--format", "json", "--check-runs", "8", "--seed", "3", "--scenario", "baseline"];
        var (code, output) = CliRunner.Run(args);
        var (again, second) = CliRunner.Run(args);

        Assert.Equal(0, code);
        Assert.Equal(0, again);
        Assert.Equal(output, second);
        using var json = JsonDocument.Parse(output);
        var check = json.RootElement.GetProperty("check");
        Assert.Equal(["runs", "seed", "skipped", "scenarios"], check.EnumerateObject().Select(p => p.Name));
        Assert.Equal(8, check.GetProperty("runs").GetInt32());
        Assert.Equal(JsonValueKind.Null, check.GetProperty("skipped").ValueKind);
        var scenario = Assert.Single(check.GetProperty("scenarios").EnumerateArray());
        var od = scenario.GetProperty("ods").EnumerateArray().First();
        Assert.Equal(["commodity", "from", "to", "baseline", "portfolio", "change"], od.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["meanDays", "p95Days", "p99Days", "stockoutProbability"], od.GetProperty("change").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Invest_EmptyPortfolio_SaysTheCheckIsSkipped()
    {
        var (code, output) = CliRunner.Run("invest", "--data", _folder, "--budget", "0", "--scenario", "baseline");

        Assert.Equal(0, code);
        Assert.Contains("the portfolio is empty: nothing to check", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invest_ServedObjective_ReportsCostAndServedTonnes()
    {
        var (code, output) = CliRunner.Run("invest", "--data", _folder, "--format", "json", "--check-runs", "0", "--objective", "served", "--sweep", "0:20000:10000");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("served", root.GetProperty("objectiveKind").GetString());
        Assert.True(root.GetProperty("objective").GetDouble() > 0);
        var served = root.GetProperty("frontier").EnumerateArray().Select(f => f.GetProperty("expectedServedTonnes").GetDouble()).ToList();
        for (var i = 1; i < served.Count; i++)
            Assert.True(served[i] >= served[i - 1] - 1e-6);
    }

    [Fact]
    public void Invest_BudgetTooSmall_LeavesTheDependentOut()
    {
        var (code, output) = CliRunner.Run("invest", "--data", _folder, "--format", "json", "--budget", "20000");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["dostyk-digital"], json.RootElement.GetProperty("portfolio").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public void Invest_Table_ExplainsChosenAndLeftOutProjects()
    {
        var (code, output) = CliRunner.Run("invest", "--data", _folder, "--scenario", "baseline");

        Assert.Equal(0, code);
        Assert.Contains("status optimal", output, StringComparison.Ordinal);
        Assert.Contains("Candidates left out", output, StringComparison.Ordinal);
        Assert.Contains("dostyk-gold", output, StringComparison.Ordinal);
        Assert.Contains("less than its annual cost", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--budget", "-5", "--budget must be a non-negative amount")]
    [InlineData("--sweep", "5:1:1", "--sweep needs MIN ≤ MAX")]
    [InlineData("--scenario", "atlantis", "unknown scenario 'atlantis'")]
    [InlineData("--scenario", "baseline@1.5", "must be in (0, 1]")]
    [InlineData("--solver", "EXCEL", "not available")]
    [InlineData("--plot", "somewhere", "give --sweep")]
    [InlineData("--objective", "cheapest", "--objective must be cost or served")]
    [InlineData("--check-runs", "-1", "--check-runs must be 0")]
    [InlineData("--scenario", "baseline@0.5", "probabilities sum to 0.5")]
    public void Invest_BadOption_FailsWithOneClearLine(string option, string value, string message)
    {
        var (code, output) = CliRunner.Run("invest", "--data", _folder, option, value);

        Assert.NotEqual(0, code);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invest_BrokenProjectFile_ReportsItsLocation()
    {
        Edits("dostyk-gold", "{\"type\": \"scale_capacity\", \"nodes\": [\"kz-dostik\"], \"factor\": 3}");
        var (code, output) = CliRunner.Run("invest", "--data", _folder);

        Assert.NotEqual(0, code);
        Assert.Contains("dostyk-gold.json:", output, StringComparison.Ordinal);
        Assert.Contains("unknown node 'kz-dostik'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invest_DatasetWithoutProjects_SaysWhatIsMissing()
    {
        var (code, output) = CliRunner.Run("invest", "--data", CliRunner.ValidFixture);

        Assert.NotEqual(0, code);
        Assert.Contains("no candidate projects", output, StringComparison.Ordinal);
    }

    private void Edits(string id, string edit) =>
        File.WriteAllText(Path.Combine(_folder, "projects", id + ".json"), $"{{\"name\": \"{id}\", \"edits\": [{edit}]}}");
}
