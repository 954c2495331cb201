using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;
using Caravan.Core.Scenarios;

namespace Caravan.Core.Tests.Rules;

/// <summary>Issue 16's routing case on the built-in dataset: uranium to Japan with Russia and China closed.</summary>
public sealed class TradeRuleRoutingTests
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();
    private static readonly ScenarioCatalog Catalog = ScenarioCatalog.From(new BuiltInSource());

    private static RouteResult Route(params Scenario[] scenarios)
    {
        var applied = ScenarioApplier.Apply(Eurasia, scenarios);
        var request = new RouteRequest("kz-kazatomprom-south", "jp-kanto-industry", applied.Dataset.FindCommodity("u3o8")!);
        var (adjusted, noRoute, _) = ScenarioRouting.Adjust(applied, request);
        Assert.Null(noRoute);
        return new RoutePlanner(new CostModel(applied.Dataset)).Best(adjusted);
    }

    private static Scenario Named(string name) => Catalog.Resolve(name).Scenario!;

    [Fact]
    public void RussiaAndChinaClosed_TakesTheCaspianCrossing_AndNamesTheRuleThatExcludedIran()
    {
        var best = Route(Named("russia-transit-closed"), Named("china-transit-closed")).Best!;

        Assert.DoesNotContain("IR", best.Countries);
        Assert.Contains(best.Legs, l => l.Mode == Mode.Ferry && l.From == "KZAAU");
        Assert.Contains("crosses IR, which rule unscr-2231-ir-nuclear", best.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void LiftRule_TheSouthernRouteThroughIranComesBack()
    {
        var lift = ScenarioParser.Parse("""{"name": "lift", "edits": [{"type": "lift_rule", "rules": ["unscr-2231-ir-nuclear"]}]}""", "l.json").Scenario!;
        var best = Route(Named("russia-transit-closed"), Named("china-transit-closed"), lift).Best!;

        Assert.Contains("IR", best.Countries);
    }

    [Fact]
    public void LiftRule_UnknownRule_LocatedProblem()
    {
        var text = """{"name": "lift", "edits": [{"type": "lift_rule", "rules": ["unscr-2231"]}]}""";
        var problems = ScenarioApplier.Validate(Eurasia, [ScenarioParser.Parse(text, "l.json").Scenario!]);
        Assert.Contains(problems, p => p.Message.Contains("unknown trade rule 'unscr-2231'", StringComparison.Ordinal) && p.Line == 1);
    }

    [Fact]
    public void ChokepointState_Closed_RemovesItsLinks_BadStateIsLocated()
    {
        var closed = ScenarioParser.Parse("""{"name": "c", "edits": [{"type": "chokepoint_state", "chokepoints": ["suez"], "state": "closed"}]}""", "c.json").Scenario!;
        var applied = ScenarioApplier.Apply(Eurasia, [closed]);
        Assert.DoesNotContain(applied.Dataset.Links, l => l.Chokepoints.Contains("suez"));
        Assert.Equal(ChokepointState.Closed, applied.Dataset.FindChokepoint("suez")!.State);

        var bad = ScenarioParser.Parse("""{"name": "c", "edits": [{"type": "chokepoint_state", "chokepoints": ["suez"], "state": "shut", "warRiskPremium": 2}]}""", "c.json");
        Assert.Null(bad.Scenario);
        Assert.Contains(bad.Problems, p => p.Message.Contains("unknown state 'shut'", StringComparison.Ordinal));
        Assert.Contains(bad.Problems, p => p.Message.Contains("warRiskPremium", StringComparison.Ordinal));
    }

    [Fact]
    public void RedSeaCrisis_ValuableCargoGoesRoundTheCape()
    {
        var apt = Eurasia.FindCommodity("apt")!;
        RouteResult Sea(Dataset d) => new RoutePlanner(new CostModel(d)).Best(new RouteRequest("CNSGH", "NLRTM", apt)
        {
            Constraints = new RouteConstraints { AvoidModes = [Mode.Rail, Mode.Road] },
        });

        Assert.Contains("suez", Sea(Eurasia).Best!.Chokepoints);
        var crisis = Sea(ScenarioApplier.Apply(Eurasia, [Named("red-sea-crisis")]).Dataset).Best!;
        Assert.Equal("cnsgh-nlrtm-sea-cape", Assert.Single(crisis.Legs).Link);
    }
}
