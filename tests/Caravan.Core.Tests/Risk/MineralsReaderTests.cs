using Caravan.Core.Data;
using Caravan.Core.Risk;

namespace Caravan.Core.Tests.Risk;

public sealed class MineralsReaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "caravan-minerals-" + Guid.NewGuid().ToString("N"));

    public MineralsReaderTests() => Directory.CreateDirectory(Path.Combine(_root, "minerals"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string file, string text) => File.WriteAllText(Path.Combine(_root, "minerals", file), text);

    private MineralsLoadResult Load() => MineralsReader.Load(new FolderSource(_root));

    private const string ProductionHeader = "mineral,stage,country,year,quantity,unit,estimate,edition,edition_year\n";

    [Fact]
    public void Load_NoMineralsFolder_IsNotFound()
    {
        Directory.Delete(Path.Combine(_root, "minerals"));

        var result = Load();

        Assert.False(result.Found);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Load_ValidProductionOnly_OtherTablesEmpty()
    {
        Write("production.csv", ProductionHeader + "gallium,processing,CN,2024,839,t,false,USGS MCS 2026,2026\n");

        var result = Load();

        Assert.True(result.Ok);
        Assert.Single(result.Data!.Production);
        Assert.Empty(result.Data.Sourcing);
    }

    [Fact]
    public void Load_BadFields_ReportsFileLineColumn()
    {
        Write("production.csv", ProductionHeader
            + "gallium,refining,CN,2024,839,t,false,USGS MCS 2026,2026\n"
            + "gallium,processing,China,2024,-5,t,false,USGS MCS 2026,2026\n");

        var problems = Load().Problems.Select(p => p.ToString()).ToList();

        var file = Path.Combine(_root, "minerals", "production.csv");
        Assert.Contains(problems, p => p.StartsWith($"{file}:2:2: unknown stage 'refining'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{file}:3:3: 'country' must be an ISO 3166 alpha-2 code", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{file}:3:5: 'quantity' must not be negative", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownColumn_SuggestsTheRightOne()
    {
        Write("production.csv", "mineral,stage,country,year,quantity,unit,edition,edition_year,estimat\n");

        var problem = Assert.Single(Load().Problems);

        Assert.Equal(1, problem.Line);
        Assert.Equal(9, problem.Column);
        Assert.Contains("did you mean 'estimate'", problem.Message);
    }

    [Fact]
    public void Load_MixedUnitsInOneSeries_IsAProblem()
    {
        Write("production.csv", ProductionHeader
            + "gallium,processing,CN,2024,839,t,false,E,2026\n"
            + "gallium,processing,RU,2024,6000,kg,false,E,2026\n");

        var problem = Assert.Single(Load().Problems);

        Assert.Equal((3, 6), (problem.Line, problem.Column));
        Assert.Contains("shares need one unit", problem.Message);
    }

    [Fact]
    public void Load_SourcingSharesOverOne_AndMixedKinds_AreProblems()
    {
        Write("production.csv", ProductionHeader);
        Write("sourcing.csv", "importer,mineral,stage,origin,tonnes_per_year,share\n"
            + "JP,gallium,processing,CN,,0.7\n"
            + "JP,gallium,processing,KZ,,0.4\n"
            + "JP,gallium,processing,RU,5,\n"
            + "US,gallium,processing,CN,5,0.5\n");

        var problems = Load().Problems;

        Assert.Contains(problems, p => p.Line == 3 && p.Message.Contains("shares add up to 1.1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 4 && p.Message.Contains("give every origin the same way", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 5 && p.Message.Contains("not both", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BadDatesAndHalfSuspension_AreProblems()
    {
        Write("production.csv", ProductionHeader);
        Write("restrictions.csv", "country,mineral,measure,effective,suspended_from\n"
            + "CN,gallium,licence,1 Aug 2023,\n"
            + "CN,gallium,ban,2024-12-03,2025-11\n");

        var problems = Load().Problems;

        Assert.Contains(problems, p => p.Line == 2 && p.Column == 4 && p.Message.Contains("yyyy-mm-dd", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 3 && p.Message.Contains("needs both", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FractionsOutOfRange_AreProblems()
    {
        Write("production.csv", ProductionHeader);
        Write("eu-crm-inputs.csv", "mineral,stage,import_reliance,eol_rir,si_sr\ngallium,processing,98,0,0.98\n");

        var problem = Assert.Single(Load().Problems);

        Assert.Equal((2, 3), (problem.Line, problem.Column));
        Assert.Contains("between 0 and 1", problem.Message);
    }
}
