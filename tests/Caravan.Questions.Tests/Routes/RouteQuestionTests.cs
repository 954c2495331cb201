using Caravan.Questions.Routes;

namespace Caravan.Questions.Tests.Routes;

public sealed class RouteQuestionTests
{
    [Fact]
    public async Task Parse_EveryFieldBad_EveryProblemOnItsField()
    {
        var fields = new RouteFields
        {
            From = "Nowhere",
            To = "JPYOK",
            Tonnes = 0,
            Alternatives = 101,
            MaxShared = 1.5,
            TimeQuantile = 1,
            CarbonPrice = -1,
            Epsilon = -0.1,
            MaxModeChanges = -1,
            MaxDays = 0,
            AvoidCountries = "RU,XX",
            AvoidModes = "teleport",
            AvoidChokepoints = "sues",
            AvoidLinks = "no-such-link",
            AvoidNodes = "KZPWX",
            Scenario = "russia-transit-closd",
        };

        var parsed = await RouteQuestion.ParseAsync(fields, BuiltIn.Shelf(), QuestionLimits.Default, CancellationToken.None);

        Assert.Null(parsed.Question);
        Assert.Equal(
            ["scenario", "from", "tonnes", "alternatives", "maxShared", "timeQuantile", "carbonPrice", "epsilon", "maxModeChanges", "maxDays",
             "avoidModes", "avoidCountries", "avoidChokepoints", "avoidNodes", "avoidLinks"],
            parsed.Problems.Select(p => p.Field));
        Assert.Contains("did you mean 'suez'", parsed.Problems.Single(p => p.Field == "avoidChokepoints").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_OnlyOriginAndDestination_TakesTheDefaults()
    {
        var parsed = await RouteQuestion.ParseAsync(new RouteFields { From = "kz-pavlodar-aok", To = "jp-kanto-industry" }, BuiltIn.Shelf(),
            QuestionLimits.Default, CancellationToken.None);

        var question = Assert.IsType<RouteQuestion>(parsed.Question);
        Assert.Equal("gallium", question.Request.Commodity.Id); // what the origin supplies
        Assert.Equal((1.0, 1, RouteQuestion.DefaultMaxShared, false, 0.0), (question.Request.Tonnes, question.Alternatives, question.MaxShared, question.Pareto, question.Epsilon));
        Assert.Empty(question.Applied.Names);
    }

    [Fact]
    public async Task Parse_LimitsOfTheHost_ApplyToTonnesAndAlternatives()
    {
        var limits = QuestionLimits.Default with { MaxTonnes = 100, MaxAlternatives = 3 };

        var parsed = await RouteQuestion.ParseAsync(new RouteFields { From = "KZPWQ", To = "JPYOK", Tonnes = 101, Alternatives = 4 }, BuiltIn.Shelf(), limits, CancellationToken.None);

        Assert.Equal(["tonnes", "alternatives"], parsed.Problems.Select(p => p.Field));
    }

    [Fact]
    public async Task Answer_AvoidLinkAndCarbonPrice_AreHonoured()
    {
        var plain = await Answer(new RouteFields { From = "kz-pavlodar-aok", To = "jp-kanto-industry", Commodity = "u3o8" });
        var firstLink = plain.Routes[0].Legs[1].Link;
        var avoiding = await Answer(new RouteFields { From = "kz-pavlodar-aok", To = "jp-kanto-industry", Commodity = "u3o8", AvoidLinks = firstLink });
        var pricier = await Answer(new RouteFields { From = "kz-pavlodar-aok", To = "jp-kanto-industry", Commodity = "u3o8", CarbonPrice = 1000 });

        Assert.DoesNotContain(avoiding.Routes[0].Legs, l => l.Link == firstLink);
        Assert.True(pricier.Routes[0].GeneralisedCostUsd > plain.Routes[0].GeneralisedCostUsd);
    }

    private static async Task<Caravan.Questions.Contracts.RouteAnswer> Answer(RouteFields fields) =>
        (await RouteQuestion.ParseAsync(fields, BuiltIn.Shelf(), QuestionLimits.Default, CancellationToken.None)).Question!.Answer(new RoutePlanners());
}
