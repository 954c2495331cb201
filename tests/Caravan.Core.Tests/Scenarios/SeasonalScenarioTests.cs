using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Scenarios;

namespace Caravan.Core.Tests.Scenarios;

/// <summary>The scenario format's seasonal calendar: month weights on storms and capacity factors by month.</summary>
public sealed class SeasonalScenarioTests
{
    private static Dataset Tiny() => new TinyDataset()
        .Node("A").Node("B", kind: NodeKind.Port)
        .Link("A", "B", id: "a-b", capacity: 100)
        .Commodity("ore").Supply("A", "ore", 10).Demand("B", "ore", 10)
        .Build();

    [Fact]
    public void Parse_SeasonalCapacityAndMonthWeights_ReadsTwelveValues()
    {
        const string text = """
            {
              "name": "seasons",
              "edits": [
                {"type": "seasonal_capacity", "links": ["a-b"], "nodes": ["B"], "monthFactors": [0.7, 0.7, 0.8, 0.9, 1, 1, 1, 1, 0.9, 0.8, 0.7, 0.7]},
                {"type": "storms", "links": ["a-b"], "closuresPerYear": 6, "durationHours": "tri(24,48,120)", "monthWeights": [3, 3, 2, 1, 1, 0, 0, 0, 0, 1, 2, 3]}
              ]
            }
            """;
        var result = ScenarioParser.Parse(text, "seasons.json");

        Assert.True(result.Ok, string.Join('\n', result.Problems));
        var seasonal = Assert.IsType<SeasonalCapacityEdit>(result.Scenario!.Edits[0]);
        Assert.Equal(0.7, seasonal.MonthFactors[0]);
        Assert.Equal(1, seasonal.MonthFactors[5]);
        var storms = Assert.IsType<StormEdit>(result.Scenario.Edits[1]);
        Assert.Equal(16, storms.MonthWeights!.Sum);
    }

    [Theory]
    [InlineData("\"monthFactors\": [1, 1, 1]", "'monthFactors': a month profile has 12 values")]
    [InlineData("\"monthFactors\": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1]", "must be between 0 and 1000")]
    [InlineData("\"monthFactors\": \"1;1\"", "'monthFactors' must be a list of 12 numbers")]
    [InlineData("\"monthFactor\": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]", "unknown field 'monthFactor'")]
    public void Parse_BadMonthFactors_LocatedProblem(string field, string message)
    {
        var text = "{\n  \"name\": \"x\",\n  \"edits\": [\n    {\"type\": \"seasonal_capacity\", \"links\": [\"a-b\"], " + field + "}\n  ]\n}";
        var result = ScenarioParser.Parse(text, "x.json");

        Assert.False(result.Ok);
        Assert.Contains(result.Problems, p => p.Line == 4 && p.Column > 1 && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_AllMonthWeightsZero_Problem()
    {
        var text = "{\"name\": \"x\", \"edits\": [{\"type\": \"storms\", \"links\": [\"a-b\"], \"closuresPerYear\": 1, \"durationHours\": \"fixed(1)\", \"monthWeights\": [0,0,0,0,0,0,0,0,0,0,0,0]}]}";
        var result = ScenarioParser.Parse(text, "x.json");
        Assert.Contains(result.Problems, p => p.Message.Contains("at least one month with a positive weight", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_SeasonalCapacityAndStorms_SetTheProfiles()
    {
        var text = """
            {"name": "s", "edits": [
              {"type": "seasonal_capacity", "links": ["a-b"], "nodes": ["B"], "monthFactors": [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1, 1, 1, 1]},
              {"type": "storms", "links": ["a-b"], "closuresPerYear": 4, "durationHours": "fixed(24)", "monthWeights": [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]}
            ]}
            """;
        var scenario = ScenarioParser.Parse(text, "s.json").Scenario!;
        var dataset = Tiny();
        Assert.Empty(ScenarioApplier.Validate(dataset, [scenario]));

        var applied = ScenarioApplier.Apply(dataset, [scenario]).Dataset;

        var link = applied.Links.Single(l => l.Id == "a-b");
        Assert.Equal(0.5, link.CapacityMonthFactors![0]);
        Assert.Equal(0.5, applied.FindNode("B")!.CapacityMonthFactors![3]);
        Assert.Equal(2, link.Disruption!.ClosuresIn(0, 31), 12);
        Assert.Equal(0, link.Disruption.ClosuresIn(31, 300), 12);
        Assert.Null(dataset.Links.Single(l => l.Id == "a-b").CapacityMonthFactors);
    }

    [Fact]
    public void Validate_SeasonalCapacityOnUnknownLink_Suggests()
    {
        var text = "{\"name\": \"x\", \"edits\": [{\"type\": \"seasonal_capacity\", \"links\": [\"a-c\"], \"monthFactors\": [1,1,1,1,1,1,1,1,1,1,1,1]}]}";
        var scenario = ScenarioParser.Parse(text, "x.json").Scenario!;
        var problem = Assert.Single(ScenarioApplier.Validate(Tiny(), [scenario]));
        Assert.Contains("did you mean 'a-b'", problem.Message, StringComparison.Ordinal);
    }
}
