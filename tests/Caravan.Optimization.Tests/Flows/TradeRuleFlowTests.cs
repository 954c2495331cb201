using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Optimization.Flows;

namespace Caravan.Optimization.Tests.Flows;

/// <summary>Issue 16 on the built-in dataset: licence quotas in the baseline, sanctions on transit, lift_rule and the Red Sea.</summary>
public sealed class TradeRuleFlowTests
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();
    private static readonly ScenarioCatalog Catalog = ScenarioCatalog.From(new BuiltInSource());
    private static readonly FlowOptions Gallium = new() { Commodities = ["gallium"] };

    private static AppliedScenario Under(params string[] names) =>
        ScenarioApplier.Apply(Eurasia, names.Select(n => Catalog.Resolve(n).Scenario!));

    private static AppliedScenario With(string edits)
    {
        var parsed = ScenarioParser.Parse($$"""{"name": "s", "edits": [{{edits}}]}""", "s.json");
        Assert.True(parsed.Scenario is not null, string.Join('\n', parsed.Problems));
        Assert.Empty(ScenarioApplier.Validate(Eurasia, [parsed.Scenario]));
        return ScenarioApplier.Apply(Eurasia, [parsed.Scenario]);
    }

    private static double Shipped(FlowReport report, string country) =>
        report.Sources.Where(s => s.Country == country && s.Commodity == "gallium").Sum(s => s.ShippedTonnes);

    [Fact]
    public void Baseline_JapansGalliumFromChina_HeldToTheLicensedTenTonnes()
    {
        var report = FlowPlanner.Plan(Under("baseline"), Gallium);

        Assert.Equal(FlowStatus.Optimal, report.Status);
        Assert.Equal(10, Shipped(report, "CN"), 6);
        Assert.Equal(10, report.Sources.Where(s => s.Country == "CN").Sum(s => s.AvailableTonnes), 6); // of 900 t produced, 10 t licensed for Japan
        Assert.Equal(15, Shipped(report, "KZ"), 6);
        Assert.Equal(55, Shipped(report, "AU"), 6);
        Assert.Equal(97 - 10 - 15 - 55, report.UnmetTonnes, 6);
        Assert.Contains(report.Notes, n => n.Contains("cn-gallium-licence-jp", StringComparison.Ordinal));
    }

    [Fact]
    public void GalliumBan_ShiftsFurther_NothingFromChina()
    {
        var licensed = FlowPlanner.Plan(Under("baseline"), Gallium);
        var banned = FlowPlanner.Plan(Under("china-gallium-export-ban"), Gallium);

        Assert.Equal(0, Shipped(banned, "CN"), 6);
        Assert.Equal(licensed.UnmetTonnes + 10, banned.UnmetTonnes, 6);
    }

    [Fact]
    public void LiftRule_TheQuotaGoes_ChinaSuppliesTheRest()
    {
        var lifted = FlowPlanner.Plan(With("""{"type": "lift_rule", "rules": ["cn-gallium-licence-jp"]}"""), Gallium);

        Assert.Equal(0, lifted.UnmetTonnes, 6);
        Assert.True(Shipped(lifted, "CN") > 10);
    }

    [Fact]
    public void RussiaAndChinaClosed_NoUraniumFlowCrossesIran()
    {
        var report = FlowPlanner.Plan(Under("russia-transit-closed", "china-transit-closed"), new FlowOptions { Commodities = ["u3o8"] });
        var iranian = Eurasia.Links.Where(l => l.Countries.Contains("IR")).Select(l => l.Id).ToHashSet();

        Assert.Equal(FlowStatus.Optimal, report.Status);
        Assert.DoesNotContain(report.Flows, f => iranian.Contains(f.Link));

        var lifted = FlowPlanner.Plan(ScenarioApplier.Apply(Eurasia,
            [Catalog.Resolve("russia-transit-closed").Scenario!, Catalog.Resolve("china-transit-closed").Scenario!,
             ScenarioParser.Parse("""{"name": "lift", "edits": [{"type": "lift_rule", "rules": ["unscr-2231-ir-nuclear"]}]}""", "l.json").Scenario!]),
            new FlowOptions { Commodities = ["u3o8"], Origins = ["KZ", "UZ"] });
        Assert.Contains(lifted.Flows, f => iranian.Contains(f.Link)); // the rule, not the network, kept uranium out of Iran
    }

    [Fact]
    public void RedSeaCrisis_ChargesThePremiumOnEveryTonneThatStillPassesBabElMandeb()
    {
        var baseline = new Core.Routing.CostModel(Eurasia);
        var crisis = new Core.Routing.CostModel(Under("red-sea-crisis").Dataset);
        var apt = Eurasia.FindCommodity("apt")!;
        var link = Eurasia.Network.LinkIndex("cnsgh-nlrtm-sea");
        var arc = Enumerable.Range(0, Eurasia.Network.ArcCount).First(a => Eurasia.Network.ArcLink[a] == link);

        Assert.Equal(0, baseline.Arc(arc, apt).WarRiskUsd);
        Assert.Equal(0.01 * apt.ValueUsdPerTonne, crisis.Arc(arc, apt).WarRiskUsd, 6);
    }

    [Fact]
    public void Contract_AScenarioThatClosesTheSupplier_ReportsItImpossible()
    {
        var options = Gallium with { RulesDay = new DateOnly(2026, 8, 1) };
        Assert.DoesNotContain(FlowPlanner.Plan(Under("baseline"), options).Notes, n => n.Contains("aok-mitsubishi-gallium", StringComparison.Ordinal));

        var closed = FlowPlanner.Plan(With("""{"type": "close", "nodes": ["KZPWQ"]}"""), options);
        Assert.Contains(closed.Notes, n => n.StartsWith("contract aok-mitsubishi-gallium", StringComparison.Ordinal) && n.Contains("impossible", StringComparison.Ordinal));

        var before = FlowPlanner.Plan(With("""{"type": "close", "nodes": ["KZPWQ"]}"""), Gallium with { RulesDay = new DateOnly(2026, 1, 1) });
        Assert.DoesNotContain(before.Notes, n => n.Contains("aok-mitsubishi-gallium", StringComparison.Ordinal)); // not yet in force
    }
}
