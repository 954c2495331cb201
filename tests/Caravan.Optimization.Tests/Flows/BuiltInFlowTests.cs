using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Optimization.Flows;

namespace Caravan.Optimization.Tests.Flows;

/// <summary>The "done when" on the built-in Eurasia dataset and its flagship scenarios.</summary>
public sealed class BuiltInFlowTests
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();
    private static readonly ScenarioCatalog Catalog = ScenarioCatalog.From(new BuiltInSource());
    private static readonly string[] CaspianFerries = ["kzaau-azala-ferry", "kzkur-azala-ferry", "tmkrw-azala-ferry"];
    private static readonly string[] MiddleCorridor = [.. CaspianFerries, "KZAAU", "KZKUR", "TMKRW", "AZALA", "GEPTI", "GEBUS",
        "az-ge-boyuk-kesik-getbs-rail", "getbs-gepti-rail", "getbs-ge-tr-akhalkalaki-rail", "ge-tr-akhalkalaki-trksy-rail"];

    // The flagship question: what can Central Asian producers deliver?
    private static readonly FlowOptions CentralAsia = new() { Origins = ["KZ", "UZ", "TJ"] };

    private static AppliedScenario Under(params string[] names) =>
        ScenarioApplier.Apply(Eurasia, names.Select(n => Catalog.Resolve(n).Scenario!));

    [Fact]
    public void Baseline_IsFeasibleWithEveryDemandServedButWhatChinasGalliumLicencesWithhold()
    {
        var report = FlowPlanner.Plan(Under("baseline"));

        Assert.Equal(FlowStatus.Optimal, report.Status);
        // China licenses about 10 t of Japan's 97 t (trade-rules.csv); Kazakhstan (15 t) and Australia (55 t) cannot fill the rest.
        var unmet = Assert.Single(report.Demand, d => d.UnmetTonnes > 0);
        Assert.Equal(("gallium", 97.0 - 10 - 15 - 55), (unmet.Commodity, unmet.UnmetTonnes));
        Assert.Equal(unmet.UnmetTonnes, report.UnmetTonnes, 6);
        Assert.True(report.TotalCostUsd > 0);
    }

    [Fact]
    public void RussiaAndChinaClosed_CentralAsianFlowMovesToTheMiddleCorridorAndTheSouth()
    {
        var baseline = FlowPlanner.Plan(Under("baseline"), CentralAsia);
        var closed = FlowPlanner.Plan(Under("russia-transit-closed", "china-transit-closed"), CentralAsia);

        Assert.Equal(FlowStatus.Optimal, closed.Status);
        Assert.True(baseline.CorridorTonnes.GetValueOrDefault("rail KZ-RU") > 0);
        Assert.DoesNotContain(closed.Flows, f => f.Corridor.Contains("RU", StringComparison.Ordinal));
        Assert.True(closed.CorridorTonnes.GetValueOrDefault("ferry AZ-KZ") > baseline.CorridorTonnes.GetValueOrDefault("ferry AZ-KZ"));
        Assert.True(closed.CorridorTonnes.Keys.Any(c => c.Contains("IR", StringComparison.Ordinal)), "some flow goes south through Iran");
        Assert.Equal(baseline.UnmetTonnes, closed.UnmetTonnes, 6); // the detours carry everything that went north
    }

    [Fact]
    public void RussiaClosed_TheMiddleCorridorIsABottleneckWorthMoreCapacity()
    {
        // The "done when": with Russia closed, the northern freight crowds the Caspian, and more
        // capacity there is worth money (docs/flows.md, "On the built-in data").
        var report = FlowPlanner.Plan(Under("russia-transit-closed"));
        var middleCorridor = report.Bottlenecks.Where(b => MiddleCorridor.Contains(b.Id)).ToList();

        Assert.NotEmpty(middleCorridor);
        Assert.All(middleCorridor, b => Assert.True(b.ValueUsdPerUnitPerDay > 0, b.Id));
        var ferry = middleCorridor.First(b => CaspianFerries.Contains(b.Id));
        Assert.True(ferry.BackgroundPerDay >= 0.9 * ferry.CapacityPerDay * 0.75, $"{ferry.Id}: background {ferry.BackgroundPerDay} of {ferry.CapacityPerDay}");
        Assert.True(ferry.DelayHours > 24);

        var baseline = FlowPlanner.Plan(Under("baseline"));
        Assert.True(middleCorridor.Max(b => b.ValueUsdPerUnitPerDay)
            > baseline.Bottlenecks.Where(b => MiddleCorridor.Contains(b.Id)).Select(b => b.ValueUsdPerUnitPerDay).DefaultIfEmpty(0).Max());
    }

    [Fact]
    public void RussiaAndChinaClosed_ShrunkenFerriesBindForTheMinerals()
    {
        var squeeze = ScenarioParser.Parse("""
            {"name": "caspian-squeeze", "edits": [
              {"type": "scale_capacity", "links": ["kzaau-azala-ferry", "kzkur-azala-ferry", "tmkrw-azala-ferry"], "factor": 0.05}]}
            """, "squeeze.json").Scenario!;
        var applied = ScenarioApplier.Apply(Eurasia, [Catalog.Resolve("russia-transit-closed").Scenario!, Catalog.Resolve("china-transit-closed").Scenario!, squeeze]);
        var squeezed = FlowPlanner.Plan(applied, CentralAsia);

        var binding = squeezed.Bottlenecks.Where(b => CaspianFerries.Contains(b.Id) && b.DualUsdPerTonnePerDay > 0).ToList();
        Assert.NotEmpty(binding);
        Assert.All(binding, b => Assert.Contains("binding", b.Basis, StringComparison.Ordinal));
    }

    [Fact]
    public void GalliumExportBan_JapanGetsOnlyNonChineseGalliumAndTheRestIsUnmet()
    {
        var report = FlowPlanner.Plan(Under("china-gallium-export-ban"));
        var nonChinese = Eurasia.Supply.Where(s => s.Commodity == "gallium" && Eurasia.FindNode(s.Node)!.Country != "CN").Sum(s => s.TonnesPerYear);
        var japan = report.Demand.Single(d => d.Commodity == "gallium" && d.Node.StartsWith("jp-", StringComparison.Ordinal));

        Assert.Equal(FlowStatus.Optimal, report.Status);
        Assert.Equal(Math.Max(0, japan.DemandTonnes - nonChinese), japan.UnmetTonnes, 6);
        Assert.True(japan.UnmetTonnes > 0);
        Assert.DoesNotContain(report.Flows, f => f.Commodity == "gallium" && Eurasia.FindNode(f.From)!.Country == "CN");
    }
}
