using Caravan.Core.Scenarios;

namespace Caravan.Core.Tests.Scenarios;

public sealed class ScenarioParserTests
{
    [Fact]
    public void Parse_EveryEditType_ReadsFieldsAndLocations()
    {
        const string text = """
            {
              "name": "all",
              "description": "every edit",
              // comments are allowed
              "edits": [
                {"type": "close", "countries": ["RU"], "startDay": 10, "endDay": 25},
                {"type": "scale_capacity", "links": ["a-b"], "factor": 0.5},
                {"type": "add_delay", "nodes": ["B"], "hours": 48},
                {"type": "set_transit_time", "links": ["a-b"], "hours": "tri(10,20,30)"},
                {"type": "change_cost", "links": ["a-b"], "factor": 2, "addUsdPerTonne": 5},
                {"type": "export_ban", "commodity": "ga", "countries": ["CN"]},
                {"type": "digitise_customs", "nodes": ["BORDER"]},
                {"type": "storms", "links": ["a-b"], "closuresPerYear": 6, "durationHours": "tri(24,72,120)"},
              ]
            }
            """;
        var result = ScenarioParser.Parse(text, "all.json");

        Assert.True(result.Ok, string.Join('\n', result.Problems));
        var s = result.Scenario!;
        Assert.Equal("all", s.Name);
        Assert.Equal(8, s.Edits.Count);
        var close = Assert.IsType<CloseEdit>(s.Edits[0]);
        Assert.Equal(new DayWindow(10, 25).Days, close.Window!.Days);
        Assert.Equal(new ScenarioRef("RU", 6, 37), close.Countries[0]);
        Assert.Equal((6, 5), (close.Line, close.Column));
        Assert.Equal(0.5, Assert.IsType<ScaleCapacityEdit>(s.Edits[1]).Factor);
        Assert.Equal(48, Assert.IsType<AddDelayEdit>(s.Edits[2]).Hours);
        Assert.Equal(20, Assert.IsType<SetTransitTimeEdit>(s.Edits[3]).Hours.Mean, 9);
        var cost = Assert.IsType<ChangeCostEdit>(s.Edits[4]);
        Assert.Equal((2.0, 5.0), (cost.Factor, cost.AddUsdPerTonne));
        Assert.Equal("ga", Assert.IsType<ExportBanEdit>(s.Edits[5]).Commodity.Id);
        Assert.Single(Assert.IsType<DigitiseCustomsEdit>(s.Edits[6]).Nodes);
        var storms = Assert.IsType<StormEdit>(s.Edits[7]);
        Assert.Equal((6.0, 72.0), (storms.ClosuresPerYear, storms.DurationHours.Mean));
    }

    [Fact]
    public void Parse_UnknownEditType_SuggestsTheClosestAtItsLine()
    {
        const string text = "{\n  \"name\": \"x\",\n  \"edits\": [\n    {\"type\": \"clos\", \"nodes\": [\"A\"]}\n  ]\n}";
        var result = ScenarioParser.Parse(text, "x.json");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("x.json", 4), (problem.File, problem.Line));
        Assert.Equal(14, problem.Column);
        Assert.Contains("did you mean 'close'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisspelledField_IsAProblemNotASilentNoOp()
    {
        var result = ScenarioParser.Parse("""{"name": "x", "edits": [{"type": "close", "node": ["A"]}]}""", "x.json");

        Assert.Contains(result.Problems, p => p.Message.Contains("unknown field 'node'", StringComparison.Ordinal)
            && p.Message.Contains("did you mean 'nodes'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"name": "x", "edits": [{"type": "close", "nodes": ["A"], "startDay": 5}]}""", "both 'startDay' and 'endDay'")]
    [InlineData("""{"name": "x", "edits": [{"type": "close", "nodes": ["A"], "startDay": 5, "endDay": 2}]}""", "must be after")]
    [InlineData("""{"name": "x", "edits": [{"type": "scale_capacity", "links": ["A"], "factor": -1}]}""", "must be ≥ 0")]
    [InlineData("""{"name": "x", "edits": [{"type": "storms", "links": ["A"], "closuresPerYear": 2, "durationHours": "tri(3,2,1)"}]}""", "bad distribution")]
    [InlineData("""{"name": "x", "edits": [{"type": "scale_capacity", "factor": 2}]}""", "at least one of 'links', 'nodes'")]
    [InlineData("""{"name": "x", "edits": [{"type": "close"}]}""", "at least one of")]
    [InlineData("""{"edits": []}""", "missing field 'name'")]
    [InlineData("""{"name": "x"}""", "missing field 'edits'")]
    [InlineData("""[1, 2]""", "one object")]
    [InlineData("""{"name": "x", "edits": [}""", "not valid JSON")]
    public void Parse_BadInput_SaysWhy(string text, string reason)
    {
        var result = ScenarioParser.Parse(text, "bad.json");

        Assert.Null(result.Scenario);
        Assert.Contains(result.Problems, p => p.Message.Contains(reason, StringComparison.Ordinal));
        Assert.All(result.Problems, p => Assert.True(p.Line >= 1, p.ToString()));
    }

    [Fact]
    public void Parse_SyntaxError_PointsAtTheLine()
    {
        var result = ScenarioParser.Parse("{\n  \"name\": \"x\",\n  \"edits\": [,]\n}", "s.json");

        Assert.Equal(3, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void PathAt_EachValueStart_NamesItsPath()
    {
        const string text = "{\n  \"name\": \"x\",\n  \"edits\": [\n    { \"type\": \"close\", \"nodes\": [\"a\", \"b\"] }\n  ]\n}";
        Assert.Equal("$", ScenarioParser.PathAt(text, 1, 1));
        Assert.Equal("$.name", ScenarioParser.PathAt(text, 2, 11));
        Assert.Equal("$.edits", ScenarioParser.PathAt(text, 3, 12));
        Assert.Equal("$.edits[0]", ScenarioParser.PathAt(text, 4, 5));
        Assert.Equal("$.edits[0].type", ScenarioParser.PathAt(text, 4, 15));
        Assert.Equal("$.edits[0].nodes[1]", ScenarioParser.PathAt(text, 4, 39));
        Assert.Null(ScenarioParser.PathAt(text, 4, 3));
        Assert.Null(ScenarioParser.PathAt("{ not json", 1, 1));
    }

    [Fact]
    public void PathAt_ProblemFromTheChecker_PointsAtTheUnknownReference()
    {
        const string text = """{"name": "x", "edits": [{"type": "close", "nodes": ["KZAST", "nowhere"]}]}""";
        var scenario = ScenarioParser.Parse(text, "x").Scenario!;
        var problems = ScenarioApplier.Validate(new TinyDataset().Node("KZAST").Node("B").Link("KZAST", "B", id: "k-b").Build(), [scenario]);
        var problem = Assert.Single(problems, p => p.Message.Contains("nowhere", StringComparison.Ordinal));
        Assert.Equal("$.edits[0].nodes[1]", ScenarioParser.PathAt(text, problem.Line, problem.Column));
    }
}
