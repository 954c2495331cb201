using Caravan.Core.Data;
using Caravan.Core.Scenarios;

namespace Caravan.Core.Tests.Scenarios;

public sealed class YamlScenarioTests
{
    [Fact]
    public void ParseYaml_EveryEditType_ReadsTheSameScenarioAsJson()
    {
        const string yaml = """
            name: all
            description: every edit
            # comments are allowed
            edits:
              - type: close
                countries: [RU]
                startDay: 10
                endDay: 25
              - {type: scale_capacity, links: [a-b], factor: 0.5}
              - type: add_delay
                nodes:
                  - B
                hours: 48
              - {type: set_transit_time, links: [a-b], hours: "tri(10,20,30)"}
              - {type: change_cost, links: [a-b], factor: 2, addUsdPerTonne: 5}
              - {type: export_ban, commodity: ga, countries: [CN]}
              - {type: digitise_customs, nodes: [BORDER]}
              - {type: storms, links: [a-b], closuresPerYear: 6, durationHours: "tri(24,72,120)"}
            """;
        var result = ScenarioParser.Parse(yaml, "all.yaml");

        Assert.True(result.Ok, string.Join('\n', result.Problems));
        var s = result.Scenario!;
        Assert.Equal(("all", "every edit", 8), (s.Name, s.Description, s.Edits.Count));
        var close = Assert.IsType<CloseEdit>(s.Edits[0]);
        Assert.Equal(new DayWindow(10, 25).Days, close.Window!.Days);
        Assert.Equal(new ScenarioRef("RU", 6, 17), close.Countries[0]);
        Assert.Equal((5, 5), (close.Line, close.Column));
        Assert.Equal(0.5, Assert.IsType<ScaleCapacityEdit>(s.Edits[1]).Factor);
        var delay = Assert.IsType<AddDelayEdit>(s.Edits[2]);
        Assert.Equal((48.0, "B", 12), (delay.Hours, delay.Nodes[0].Id, delay.Nodes[0].Line));
        Assert.Equal(20, Assert.IsType<SetTransitTimeEdit>(s.Edits[3]).Hours.Mean, 9);
        Assert.Equal((2.0, 5.0), (Assert.IsType<ChangeCostEdit>(s.Edits[4]).Factor, ((ChangeCostEdit)s.Edits[4]).AddUsdPerTonne));
        Assert.Equal("ga", Assert.IsType<ExportBanEdit>(s.Edits[5]).Commodity.Id);
        Assert.Single(Assert.IsType<DigitiseCustomsEdit>(s.Edits[6]).Nodes);
        Assert.Equal(72.0, Assert.IsType<StormEdit>(s.Edits[7]).DurationHours.Mean);
    }

    [Fact]
    public void ParseYaml_UnknownEditType_NamesTheYamlLineAndSuggests()
    {
        const string yaml = "name: x\nedits:\n  - type: clos\n    nodes: [A]\n";
        var result = ScenarioParser.Parse(yaml, "x.yml");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("x.yml", 3, 11), (problem.File, problem.Line, problem.Column));
        Assert.Contains("did you mean 'close'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseYaml_QuotedNumber_IsTextAndRefused()
    {
        const string yaml = "name: x\nedits:\n  - {type: scale_capacity, links: [a-b], factor: \"0.5\"}\n";
        var result = ScenarioParser.Parse(yaml, "x.yaml");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("factor", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: x\nedits: [\n", 3)]
    [InlineData("name: x\n  edits: []\n", 2)]
    [InlineData("name: [x\n", 2)]
    public void ParseYaml_SyntaxError_IsOneProblemWithItsLine(string yaml, int line)
    {
        var result = ScenarioParser.Parse(yaml, "bad.yaml");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("bad.yaml", line), (problem.File, problem.Line));
        Assert.StartsWith("not valid YAML: ", problem.Message, StringComparison.Ordinal);
        Assert.Null(result.Scenario);
    }

    [Fact]
    public void ParseYaml_EmptyDocument_SaysWhatAScenarioHolds()
    {
        var result = ScenarioParser.Parse("", "empty.yaml");

        Assert.Contains("one object", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_FolderWithYamlScenario_ListsAndAppliesIt()
    {
        var folder = Directory.CreateTempSubdirectory("caravan-yaml-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "scenarios"));
            File.WriteAllText(Path.Combine(folder.FullName, "scenarios", "shut.yaml"), "name: shut\nedits:\n  - {type: close, nodes: [KZDOS]}\n");
            var catalog = ScenarioCatalog.From(new FolderSource(folder.FullName));

            Assert.Empty(catalog.Problems);
            Assert.Equal("shut", Assert.Single(catalog.Scenarios).Name);
            // As written, for the API: the YAML document as JSON.
            var document = catalog.Document("shut")!.Value;
            Assert.Equal("close", document.GetProperty("edits")[0].GetProperty("type").GetString());
            Assert.Equal("KZDOS", document.GetProperty("edits")[0].GetProperty("nodes")[0].GetString());
            Assert.Null(catalog.Document("no-such"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
