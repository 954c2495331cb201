using Caravan.Questions.Flows;

namespace Caravan.Questions.Tests.Flows;

public sealed class FlowQuestionTests
{
    [Theory]
    [InlineData("year", 365.0)]
    [InlineData("quarter", 91.0)]
    [InlineData("month", 30.0)]
    [InlineData("12.5", 12.5)]
    public async Task Parse_Period_InDays(string period, double days)
    {
        var parsed = await FlowQuestion.ParseAsync(new FlowFields { Period = period }, BuiltIn.Shelf(), QuestionLimits.Default, CancellationToken.None);

        Assert.Equal(days, parsed.Question!.Options.PeriodDays);
    }

    [Fact]
    public async Task Parse_RunLengthLimit_BoundsTheSolversTimeLimit()
    {
        var limits = QuestionLimits.Default with { MaxRunSeconds = 60 };

        var asked = await FlowQuestion.ParseAsync(new FlowFields { TimeLimitSeconds = 600 }, BuiltIn.Shelf(), limits, CancellationToken.None);
        var unasked = await FlowQuestion.ParseAsync(new FlowFields(), BuiltIn.Shelf(), QuestionLimits.Default, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(60), asked.Question!.Options.Solver.TimeLimit);
        Assert.Null(unasked.Question!.Options.Solver.TimeLimit);
    }

    [Fact]
    public async Task ParseComparison_SetsComposeWithPlus_AndBadSetsAreNamedByIndex()
    {
        var ok = await FlowComparisonQuestion.ParseAsync(new FlowFields { Scenarios = ["baseline", "russia-transit-closed+china-transit-closed"] },
            BuiltIn.Shelf(), QuestionLimits.Default, CancellationToken.None);
        var bad = await FlowComparisonQuestion.ParseAsync(new FlowFields { Scenarios = ["baseline", "nope"], Origins = "KZ,XX" },
            BuiltIn.Shelf(), QuestionLimits.Default, CancellationToken.None);

        Assert.Equal(["baseline", "russia-transit-closed+china-transit-closed"], ok.Question!.Applied.Select(a => a.Label));
        Assert.Equal(["scenarios[1]", "origins"], bad.Problems.Select(p => p.Field));
    }
}
