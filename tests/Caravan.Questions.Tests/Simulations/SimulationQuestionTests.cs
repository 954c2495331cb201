using Caravan.Questions.Simulations;

namespace Caravan.Questions.Tests.Simulations;

public sealed class SimulationQuestionTests
{
    [Theory]
    [InlineData(365.0, 30.0)]
    [InlineData(40.0, 20.0)]
    public async Task Parse_NoWarmUp_ThirtyDaysOrHalfAShorterHorizon(double horizon, double warmup)
    {
        var parsed = await SimulationQuestion.ParseAsync(new SimulationFields { HorizonDays = horizon, Replications = 1, Commodity = "gallium" },
            BuiltIn.Shelf(), QuestionLimits.Default, CancellationToken.None);

        Assert.Equal(warmup, parsed.Question!.Models[0].Options.WarmupDays);
    }

    [Fact]
    public async Task Parse_Compare_BaselineFirstThenEachScenarioAlone()
    {
        var parsed = await SimulationQuestion.ParseAsync(new SimulationFields { Compare = true, Replications = 1, Commodity = "gallium" },
            BuiltIn.Shelf(), QuestionLimits.Default, CancellationToken.None, ["baseline", "russia-transit-closed", "caspian-winter-storms"]);

        Assert.Equal(["baseline", "russia-transit-closed", "caspian-winter-storms"], parsed.Question!.Models.Select(m => m.Scenario));
    }

    [Fact]
    public async Task Parse_OverTheHostsLimits_NamesEachField()
    {
        var limits = QuestionLimits.Default with { MaxReplications = 10 };

        var parsed = await SimulationQuestion.ParseAsync(new SimulationFields { Replications = 11, HorizonDays = 4000, Arrivals = "fixd", LotTonnes = 0, Seed = -1 },
            BuiltIn.Shelf(), limits, CancellationToken.None);

        Assert.Equal(["replications", "seed", "horizonDays", "lotTonnes", "arrivals"], parsed.Problems.Select(p => p.Field));
        Assert.Contains("did you mean 'fixed'", parsed.Problems[^1].Message, StringComparison.Ordinal);
    }
}
