using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Scenarios;
using Caravan.Core.Tests.Data;

namespace Caravan.Core.Tests.Investment;

public sealed class ProjectReaderTests
{
    private const string Header = "id,name,country,capex_usd,build_years,opex_usd_per_year,lifetime_years,requires,excludes,estimate,source,notes\n";

    [Fact]
    public void Load_BuiltIn_ReadsEveryCandidateWithEdits()
    {
        var dataset = DatasetReader.BuiltIn();
        var result = ProjectReader.Load(new BuiltInSource(), dataset);
        Assert.Empty(result.Problems);
        Assert.NotNull(result.Projects);
        Assert.InRange(result.Projects.Count, 15, 30);
        Assert.All(result.Projects, p => Assert.NotEmpty(p.Edits));
        Assert.All(result.Projects, p => Assert.True(p.CapexUsd > 0 && p.Source.Length > 0, p.Id));
    }

    [Fact]
    public void Load_BuiltInNewLinks_ApplyToTheDataset()
    {
        var dataset = DatasetReader.BuiltIn();
        var projects = ProjectReader.Load(new BuiltInSource(), dataset).Projects!;
        var anaklia = projects.Single(p => p.Id == "anaklia-deep-sea-port");
        var applied = ScenarioApplier.Apply(dataset, [anaklia.AsScenario()]).Dataset;
        Assert.NotNull(applied.FindNode("ge-anaklia"));
        Assert.Equal(dataset.Links.Count + 5, applied.Links.Count);
    }

    [Fact]
    public void Load_NoProjectsFile_GivesNoCandidates()
    {
        using var folder = new FixtureFolder();
        var result = Load(folder);
        Assert.True(result.Ok);
        Assert.Empty(result.Projects!);
    }

    [Fact]
    public void Load_ValidProjects_ReadsThemInFileOrder()
    {
        using var folder = new FixtureFolder();
        Write(folder, Header + "wide,Wider border,KZ,1000000,2,10000,20,,,true,estimate,\nnarrow,Narrow border,KZ,500000,1,,,,wide,false,,\n",
            ("wide", Scale("kz-dostyk")), ("narrow", Scale("kz-dostyk")));
        var result = Load(folder);
        Assert.Empty(result.Problems);
        Assert.Equal(["wide", "narrow"], result.Projects!.Select(p => p.Id));
        Assert.Equal(2, result.Projects![0].BuildYears);
        Assert.Equal(["wide"], result.Projects[1].Excludes);
        Assert.IsType<ScaleCapacityEdit>(result.Projects[0].Edits[0]);
    }

    // Each case writes one broken project table or edits file and names the located problem it must produce.
    public static TheoryData<string, string, string, string> Broken => new()
    {
        { "a,A,KZ,-5,1,,,,,,,\n", Scale("kz-dostyk"), "projects.csv:2:4", "'capex_usd' must not be negative" },
        { "a,A,KX,5,1,,,,,,,\n", Scale("kz-dostyk"), "projects.csv:2:3", "unknown country 'KX'" },
        { "a,A,KZ,5,0,,,,,,,\n", Scale("kz-dostyk"), "projects.csv:2:5", "'build_years' must be positive" },
        { "a,A,KZ,5,1,,,b,,,,\n", Scale("kz-dostyk"), "projects.csv:2:8", "unknown project 'b'" },
        { "a,A,KZ,5,1,,,a,,,,\n", Scale("kz-dostyk"), "projects.csv:2:8", "cannot name itself" },
        { "a,A,KZ,5,1,,,,,maybe,,\n", Scale("kz-dostyk"), "projects.csv:2:10", "'estimate' must be true or false" },
        { "a,A,KZ,5,1,,,,,,,\n", Scale("kz-dostyx"), "projects/a.json:5:17", "unknown node 'kz-dostyx' (did you mean 'kz-dostyk'?)" },
        { "a,A,KZ,5,1,,,,,,,\n", "{\"name\": \"a\", \"edits\": [{\"type\": \"close\", \"nodes\": [\"kz-dostyk\"]}]}", "projects/a.json:1:25", "a project cannot 'close'" },
        { "a,A,KZ,5,1,,,,,,,\n", "{\"name\": \"b\", \"edits\": []}", "projects/a.json:1:1", "'name' is 'b'" },
        {
            "a,A,KZ,5,1,,,,,,,\n",
            "{\"name\": \"a\", \"edits\": [{\"type\": \"add_link\", \"id\": \"x\", \"from\": \"KZPAV\", \"to\": \"nowhere\", \"mode\": \"rail\", \"distanceKm\": 5, \"transitTimeHours\": \"fixed(1)\", \"costUsdPerTonne\": 1}]}",
            "projects/a.json:1:25", "unknown node 'nowhere'"
        },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Load_BrokenProject_ReportsLocatedProblem(string row, string edits, string where, string message)
    {
        using var folder = new FixtureFolder();
        Write(folder, Header + row, ("a", edits));
        var result = Load(folder);
        Assert.Null(result.Projects);
        Assert.Contains(result.Problems, p => p.ToString().Contains(where, StringComparison.Ordinal) && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_RequiresCycle_IsReported()
    {
        using var folder = new FixtureFolder();
        Write(folder, Header + "a,A,KZ,5,1,,,b,,,,\nb,B,KZ,5,1,,,a,,,,\n", ("a", Scale("kz-dostyk")), ("b", Scale("kz-dostyk")));
        var result = Load(folder);
        Assert.Contains(result.Problems, p => p.Line == 2 && p.Column == 8 && p.Message.Contains("cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingAndOrphanEditFiles_AreReported()
    {
        using var folder = new FixtureFolder();
        Write(folder, Header + "a,A,KZ,5,1,,,,,,,\n", ("orphan", Scale("kz-dostyk")));
        var result = Load(folder);
        Assert.Contains(result.Problems, p => p.File.EndsWith("a.json", StringComparison.Ordinal) && p.Message.Contains("missing edits file", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.File.EndsWith("orphan.json", StringComparison.Ordinal) && p.Message.Contains("without a project", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_LinkToANodeARequiredProjectBuilds_IsAccepted()
    {
        using var folder = new FixtureFolder();
        const string node = "{\"name\": \"port\", \"edits\": [{\"type\": \"add_node\", \"id\": \"new-port\", \"name\": \"New port\", \"kind\": \"port\", \"country\": \"KZ\", \"lat\": 45, \"lon\": 60}]}";
        const string link = "{\"name\": \"rail\", \"edits\": [{\"type\": \"add_link\", \"id\": \"spur\", \"from\": \"KZPAV\", \"to\": \"new-port\", \"mode\": \"rail\", \"distanceKm\": 5, \"transitTimeHours\": \"fixed(1)\", \"costUsdPerTonne\": 1}]}";
        Write(folder, Header + "port,Port,KZ,5,1,,,,,,,\nrail,Rail,KZ,5,1,,,port,,,,\n", ("port", node), ("rail", link));
        var result = Load(folder);
        Assert.Empty(result.Problems);
    }

    private static string Scale(string node) =>
        "{\n  \"name\": \"a\",\n  \"edits\": [\n    {\"type\": \"scale_capacity\",\n      \"nodes\": [\"" + node + "\"], \"factor\": 2}\n  ]\n}";

    private static ProjectLoadResult Load(FixtureFolder folder) =>
        ProjectReader.Load(new FolderSource(folder.Path), DatasetReader.LoadFolder(folder.Path).Dataset!);

    private static void Write(FixtureFolder folder, string table, params (string Id, string Json)[] edits)
    {
        File.WriteAllText(folder.File("projects.csv"), table);
        Directory.CreateDirectory(folder.File("projects"));
        foreach (var (id, json) in edits)
            File.WriteAllText(folder.File($"projects/{id}.json"), json.Replace("\"name\": \"a\"", $"\"name\": \"{id}\"", StringComparison.Ordinal));
    }
}
