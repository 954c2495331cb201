using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Scenarios;

namespace Caravan.Core.Tests.Scenarios;

/// <summary>Scenario documents past the input limits, or breaking the dataset's rules, give located problems, never a crash.</summary>
public sealed class ScenarioLimitsTests
{
    private static Dataset Network() => new TinyDataset()
        .Node("A", "KZ").Node("D", "JP", NodeKind.Customer)
        .Link("A", "D", id: "a-d", countries: ["KZ", "JP"], chokepoints: ["suez"])
        .Commodity("ga", 500_000).Supply("A", "ga", 5).Demand("D", "ga", 5)
        .Build();

    [Theory]
    [InlineData(40_000)] // overflowed the stack of the YAML document model: the process died
    [InlineData(1_000)] // past the JSON writer's own depth: an "unexpected error"
    [InlineData(33)]
    public void ParseYaml_NestedPastTheDepthLimit_ProblemWhereItGoesTooDeep(int depth)
    {
        var yaml = "name: x\nedits: " + new string('[', depth) + new string(']', depth) + "\n";

        var problem = Assert.Single(ScenarioParser.Parse(yaml, "deep.yaml").Problems);

        Assert.Equal(("deep.yaml", 2), (problem.File, problem.Line));
        Assert.Contains("nested more than 32 deep", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseYaml_AliasBomb_RefusedAtTheFirstAliasWithinBoundedMemory()
    {
        // Seven levels of ten aliases each: 10^7 values once expanded (1.85 GB through the document model).
        var yaml = "name: x\na0: &a0 [x,x,x,x,x,x,x,x,x,x]\n";
        for (var i = 1; i <= 7; i++)
            yaml += $"a{i}: &a{i} [{string.Join(',', Enumerable.Repeat($"*a{i - 1}", 10))}]\n";
        yaml += "edits: []\n";
        var before = GC.GetAllocatedBytesForCurrentThread();

        var problem = Assert.Single(ScenarioParser.Parse(yaml, "bomb.yaml").Problems);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10 << 20, "reading the bomb allocated more than 10 MB");
        Assert.Equal((3, 10), (problem.Line, problem.Column));
        Assert.Contains("aliases (*a0) are not accepted", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseYaml_AnchorWithoutAlias_IsAccepted()
    {
        var result = ScenarioParser.Parse("name: x\nedits: &e []\n", "x.yaml");

        Assert.True(result.Ok, string.Join('\n', result.Problems));
    }

    [Theory]
    [InlineData("x.yaml", "name: x\nname: y\nedits: []\n", 2, 1)]
    [InlineData("x.json", "{\"name\": \"x\", \"edits\": [], \"name\": \"y\"}", 1, 28)]
    [InlineData("x.json", "{\"name\": \"x\", \"edits\": [{\"type\": \"close\", \"nodes\": [\"A\"], \"nodes\": [\"D\"]}]}", 1, 59)]
    public void Parse_RepeatedKey_ProblemAtTheSecond(string file, string text, int line, int column)
    {
        var problem = Assert.Single(ScenarioParser.Parse(text, file).Problems);

        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains("appears twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseJson_NestedPastTheDepthLimit_LocatedProblem()
    {
        var json = "{\"name\": \"x\", \"edits\": " + new string('[', 100) + new string(']', 100) + "}";

        var problem = Assert.Single(ScenarioParser.Parse(json, "deep.json").Problems);

        Assert.Equal(1, problem.Line);
        Assert.Contains("depth", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("x.yaml", "name: x\nedits: [a, b, c, d, e, f]\n")]
    [InlineData("x.json", "{\"name\": \"x\", \"edits\": [1, 2, 3, 4, 5, 6]}")]
    public void Parse_MoreValuesThanTheLimit_Problem(string file, string text)
    {
        var problem = Assert.Single(ScenarioParser.Parse(text, file, new InputLimits { MaxValues = 5 }).Problems);

        Assert.Contains("more than 5 values", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x.yaml")]
    [InlineData("x.json")]
    public void Parse_DocumentOverTheSizeLimit_ProblemBeforeReading(string file)
    {
        var problem = Assert.Single(ScenarioParser.Parse("{\"name\": \"x\", \"edits\": []}", file, new InputLimits { MaxDocumentChars = 10 }).Problems);

        Assert.Equal((0, 0), (problem.Line, problem.Column));
        Assert.Contains("larger than the limit of 10 characters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseYaml_ByteOrderMarkInsideAFlowMap_ProblemNotTheScannersException()
    {
        // Found by the fuzz tests: YamlDotNet's scanner throws InvalidOperationException here, not a YamlException.
        const string yaml = "name: x\nedits:\n  - {type: add_link, id: l, from: kz-edits: []\n\uFEFFnew, to: KZAKT}\n";

        var problem = Assert.Single(ScenarioParser.Parse(yaml, "bom.yaml").Problems);

        Assert.Equal("bom.yaml", problem.File);
        Assert.Contains("not valid YAML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseYaml_SecondDocument_Problem()
    {
        var problem = Assert.Single(ScenarioParser.Parse("name: x\nedits: []\n---\nname: y\n", "two.yaml").Problems);

        Assert.Equal(3, problem.Line);
        Assert.Contains("one YAML document", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("Has Spaces")]
    [InlineData("UPPER")]
    [InlineData("-dash-first")]
    public void Parse_NameNotASlug_ProblemAtTheName(string name)
    {
        var problem = Assert.Single(ScenarioParser.Parse($$"""{"name": "{{name}}", "edits": []}""", "x.json").Problems);

        Assert.Equal((1, 10), (problem.Line, problem.Column));
        Assert.StartsWith(ScenarioName.Rule, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BaselineWithEdits_Problem()
    {
        var result = ScenarioParser.Parse("""{"name": "baseline", "edits": [{"type": "close", "nodes": ["A"]}]}""", "x.json");

        Assert.Contains(result.Problems, p => p.Message.Contains("'baseline' is the dataset as it is", StringComparison.Ordinal));
        Assert.True(ScenarioParser.Parse("""{"name": "baseline", "edits": []}""", "baseline.json").Ok);
    }

    [Fact]
    public void Validate_UnknownIdOf20000Characters_AnsweredQuickly()
    {
        // Found by the fuzz tests: suggestions by edit distance cost the id's length squared per candidate (seconds here).
        var scenario = Parsed($$"""{"type": "close", "links": ["{{new string('a', 20_000)}}"]}""");
        var eurasia = DatasetReader.BuiltIn();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var problem = Assert.Single(ScenarioApplier.Validate(eurasia, [scenario]));

        Assert.StartsWith("unknown link", problem.Message, StringComparison.Ordinal);
        // A bound a hundred times what it takes, not a speed target: before, this took 3 to 7 s on the built-in dataset.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"checking one id took {watch.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void Parse_NegativeDistribution_OneLineReason()
    {
        var problem = Assert.Single(ScenarioParser.Parse(
            """{"name": "x", "edits": [{"type": "set_transit_time", "links": ["a-d"], "hours": "-3"}]}""", "x.json").Problems);

        Assert.DoesNotContain('\n', problem.Message);
        Assert.DoesNotContain("Parameter", problem.Message, StringComparison.Ordinal);
        Assert.Contains("bad distribution '-3'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"lat\": 91, \"lon\": 60", "'lat' must be ≤ 90")]
    [InlineData("\"lat\": 45, \"lon\": 500", "'lon' must be ≤ 180")]
    [InlineData("\"lat\": 45, \"lon\": 60, \"servers\": 1e308", "'servers' must be ≤ 100,000")]
    [InlineData("\"lat\": 45, \"lon\": 60, \"capacityTonnesPerDay\": 1e308", "'capacityTonnesPerDay' must be ≤ 1,000,000,000")]
    [InlineData("\"lat\": 45, \"lon\": 60, \"capacityTonnesPerDay\": 0", "'capacityTonnesPerDay' must be > 0")]
    public void Parse_AddNodeOutOfRange_Problem(string fields, string message)
    {
        var result = ScenarioParser.Parse(
            $$"""{"name": "x", "edits": [{"type": "add_node", "id": "P", "name": "Port", "kind": "port", "country": "KZ", {{fields}}}]}""", "x.json");

        Assert.Contains(result.Problems, p => p.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AddNodeInUnknownCountry_Problem()
    {
        var scenario = Parsed("""{"type": "add_node", "id": "P", "name": "Port", "kind": "port", "country": "XX", "lat": 45, "lon": 60}""");

        var problem = Assert.Single(ScenarioApplier.Validate(Network(), [scenario]));

        Assert.Contains("unknown country 'XX'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AddLinkOfZeroKm_Problem()
    {
        var result = ScenarioParser.Parse("""
            {"name": "x", "edits": [{"type": "add_link", "id": "l", "from": "A", "to": "D", "mode": "rail", "distanceKm": 0,
              "transitTimeHours": "10", "costUsdPerTonne": 5}]}
            """, "x.json");

        Assert.Contains(result.Problems, p => p.Message.StartsWith("'distanceKm' must be > 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AddLinkAcrossUnknownCountriesAndToItself_EveryRuleBroken()
    {
        var scenario = Parsed("""
            {"type": "add_link", "id": "l", "from": "A", "to": "A", "mode": "rail", "distanceKm": 10, "transitTimeHours": "10",
             "costUsdPerTonne": 5, "countries": ["XX", "QQ"], "chokepoints": ["nowhere"]}
            """);

        var messages = ScenarioApplier.Validate(Network(), [scenario]).Select(p => p.Message).ToList();

        Assert.Contains(messages, m => m.Contains("goes from node 'A' to itself", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("unknown country 'XX'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("unknown country 'QQ'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("unknown chokepoint 'nowhere'", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_AddLinkWithoutCountries_CrossesTheCountriesOfItsEnds()
    {
        var scenario = Parsed("""
            {"type": "add_link", "id": "l", "from": "A", "to": "D", "mode": "sea", "distanceKm": 10, "transitTimeHours": "10", "costUsdPerTonne": 5}
            """);

        var link = ScenarioApplier.Apply(Network(), [scenario]).Dataset.Links.Single(l => l.Id == "l");

        Assert.Equal(["KZ", "JP"], link.Countries);
    }

    [Fact]
    public void ParseFile_DanglingAndLoopingLinks_ProblemsNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("caravan-links-").FullName;
        try
        {
            var dangling = Path.Combine(folder, "dangling.json");
            File.CreateSymbolicLink(dangling, Path.Combine(folder, "missing.json"));
            var loop = Path.Combine(folder, "loop.json");
            File.CreateSymbolicLink(loop, loop);

            foreach (var path in new[] { dangling, loop })
            {
                var problem = Assert.Single(ScenarioParser.ParseFile(path).Problems);
                Assert.Equal(path, problem.File);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Scenario Parsed(string edit)
    {
        var result = ScenarioParser.Parse($$"""{"name": "s", "edits": [{{edit}}]}""", "s.json");
        Assert.True(result.Ok, string.Join('\n', result.Problems));
        return result.Scenario!;
    }
}
