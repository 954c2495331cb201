using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Scenarios;

namespace Caravan.Core.Tests.Scenarios;

public sealed class ScenarioApplierTests
{
    // A (KZ) – B (RU) – D (JP) and A – C (AZ) – D; a border X in KZ off A.
    private static Dataset Network() => new TinyDataset()
        .Node("A", "KZ").Node("B", "RU").Node("C", "AZ").Node("D", "JP", NodeKind.Customer)
        .Node("X", "KZ", NodeKind.Border)
        .Node("G", "CN", NodeKind.Plant)
        .Link("A", "B", id: "a-b", capacity: 100, countries: ["KZ", "RU"])
        .Link("B", "D", id: "b-d", capacity: 100, countries: ["RU", "JP"])
        .Link("A", "C", Mode.Ferry, id: "a-c", capacity: 50, countries: ["KZ", "AZ"], chokepoints: ["caspian"])
        .Link("C", "D", Mode.Sea, id: "c-d", countries: ["AZ", "JP"], chokepoints: ["suez"])
        .Link("A", "X", id: "a-x", countries: ["KZ"])
        .Link("G", "A", id: "g-a", countries: ["CN", "KZ"])
        .Commodity("ga", 500_000).Commodity("u", 100_000)
        .Supply("A", "u", 1000).Supply("G", "ga", 10).Supply("A", "ga", 5)
        .Demand("D", "u", 1000).Demand("D", "ga", 15)
        .Build();

    private static Scenario Parse(string edits, string name = "s")
    {
        var result = ScenarioParser.Parse($$"""{"name": "{{name}}", "edits": [{{edits}}]}""", $"{name}.json");
        Assert.True(result.Ok, string.Join('\n', result.Problems));
        return result.Scenario!;
    }

    [Fact]
    public void Apply_CloseCountry_RemovesItsNodesAndEveryLinkThatWouldDangle()
    {
        var baseline = Network();
        var applied = ScenarioApplier.Apply(baseline, [Parse("""{"type": "close", "countries": ["RU"]}""")]);

        Assert.Equal(["B"], applied.RemovedNodes);
        Assert.Equal(["a-b", "b-d"], applied.RemovedLinks);
        Assert.Null(applied.Dataset.FindNode("B"));
        Assert.All(applied.Dataset.Links, l => Assert.NotNull(applied.Dataset.FindNode(l.From)));
        Assert.All(applied.Dataset.Links, l => Assert.NotNull(applied.Dataset.FindNode(l.To)));
        Assert.Equal(6, baseline.Nodes.Count); // the input is untouched
    }

    [Fact]
    public void Apply_CloseNodeWithSupply_DropsItsSupplyRows()
    {
        var applied = ScenarioApplier.Apply(Network(), [Parse("""{"type": "close", "nodes": ["G"]}""")]);

        Assert.DoesNotContain(applied.Dataset.Supply, s => s.Node == "G");
        Assert.Contains("g-a", applied.RemovedLinks);
    }

    [Fact]
    public void Apply_CloseChokepoint_RemovesLinksPassingIt()
    {
        var applied = ScenarioApplier.Apply(Network(), [Parse("""{"type": "close", "chokepoints": ["suez"]}""")]);

        Assert.Equal(["c-d"], applied.RemovedLinks);
        Assert.Empty(applied.RemovedNodes);
    }

    [Fact]
    public void Apply_WindowedClosure_KeepsTheLinkAndRecordsTheWindow()
    {
        var applied = ScenarioApplier.Apply(Network(), [Parse("""{"type": "close", "links": ["a-c"], "startDay": 100, "endDay": 173}""")]);

        Assert.NotNull(applied.Dataset.Links.SingleOrDefault(l => l.Id == "a-c"));
        var closure = Assert.Single(applied.Closures);
        Assert.Equal((ClosureTarget.Link, "a-c", "s"), (closure.Target, closure.Id, closure.Scenario));
        Assert.Equal(1 - 73.0 / 365, applied.OpenFraction(ClosureTarget.Link, "a-c", 365), 12);
        Assert.Equal(1, applied.OpenFraction(ClosureTarget.Link, "a-b", 365));
    }

    [Fact]
    public void OpenFraction_OverlappingWindows_CountClosedDaysOnce()
    {
        var applied = ScenarioApplier.Apply(Network(), [Parse("""
            {"type": "close", "links": ["a-c"], "startDay": 0, "endDay": 20},
            {"type": "close", "links": ["a-c"], "startDay": 10, "endDay": 30},
            {"type": "close", "links": ["a-c"], "startDay": 90, "endDay": 400}
            """)]);

        // Closed days 0–30 and 90–100 of a 100-day period: 40 of 100.
        Assert.Equal(0.6, applied.OpenFraction(ClosureTarget.Link, "a-c", 100), 12);
    }

    [Fact]
    public void Apply_ScaleCostDelayStorms_ChangeOnlyTheNamedElements()
    {
        var applied = ScenarioApplier.Apply(Network(), [Parse("""
            {"type": "scale_capacity", "links": ["a-c"], "nodes": ["A"], "factor": 2},
            {"type": "change_cost", "links": ["a-c"], "factor": 2, "addUsdPerTonne": 3},
            {"type": "add_delay", "links": ["a-c"], "hours": 48},
            {"type": "storms", "links": ["a-c"], "closuresPerYear": 4, "durationHours": "fixed(72)"}
            """)]);
        var link = applied.Dataset.Links.Single(l => l.Id == "a-c");
        var other = applied.Dataset.Links.Single(l => l.Id == "a-b");

        Assert.Equal(100, link.CapacityTonnesPerDay);
        Assert.Equal(23, link.CostUsdPerTonne);
        Assert.Equal(58, link.TransitTimeHours.Mean);
        Assert.Equal(288, link.Disruption!.ExpectedClosedHoursPerYear);
        Assert.Null(applied.Dataset.FindNode("A")!.CapacityTonnesPerDay); // unlimited stays unlimited
        Assert.Equal((100.0, 10.0, 10.0), (other.CapacityTonnesPerDay!.Value, other.CostUsdPerTonne, other.TransitTimeHours.Mean));
    }

    [Fact]
    public void Apply_SetTransitTime_ReplacesTheDistribution()
    {
        var applied = ScenarioApplier.Apply(Network(), [Parse("""{"type": "set_transit_time", "links": ["a-c"], "hours": "uni(20,40)"}""")]);

        Assert.Equal("uni(20,40)", applied.Dataset.Links.Single(l => l.Id == "a-c").TransitTimeHours.Syntax);
    }

    [Fact]
    public void Apply_DigitiseCustoms_SwitchesBordersToTheDigitalDwell()
    {
        var baseline = Network();
        var applied = ScenarioApplier.Apply(baseline, [Parse("""{"type": "digitise_customs", "countries": ["KZ"]}""")]);

        Assert.Equal(24, baseline.FindNode("X")!.DwellHours.Mean);
        Assert.Equal(CustomsRegime.Digital, applied.Dataset.FindNode("X")!.CustomsRegime);
        Assert.Equal(6, applied.Dataset.FindNode("X")!.DwellHours.Mean);
        Assert.Null(applied.Dataset.FindNode("A")!.CustomsRegime);
    }

    [Fact]
    public void Apply_ExportBanWithoutDomesticDemand_DropsThatSupplyAndRecordsTheBan()
    {
        var applied = ScenarioApplier.Apply(Network(), [Parse("""{"type": "export_ban", "commodity": "ga", "countries": ["CN"]}""")]);

        Assert.DoesNotContain(applied.Dataset.Supply, s => s.Node == "G");
        Assert.Contains(applied.Dataset.Supply, s => s.Node == "A" && s.Commodity == "ga");
        Assert.Equal([new ExportBan("ga", "CN")], applied.ExportBans);
        var ds = applied.Dataset;
        var gToA = ds.Links.Single(l => l.Id == "g-a");
        Assert.True(applied.IsExportBanned("ga", ds.FindNode("G")!, ds.FindNode("A")!, gToA));
        Assert.False(applied.IsExportBanned("u", ds.FindNode("G")!, ds.FindNode("A")!, gToA));
        Assert.False(applied.IsExportBanned("ga", ds.FindNode("A")!, ds.FindNode("G")!, gToA));
    }

    [Fact]
    public void Apply_TwoScenarios_ComposeInOrder()
    {
        var first = Parse("""{"type": "scale_capacity", "links": ["a-c"], "factor": 2}""", "first");
        var second = Parse("""
            {"type": "scale_capacity", "links": ["a-c"], "factor": 0.25},
            {"type": "close", "countries": ["RU"]}
            """, "second");
        var applied = ScenarioApplier.Apply(Network(), [first, second]);

        Assert.Equal(25, applied.Dataset.Links.Single(l => l.Id == "a-c").CapacityTonnesPerDay);
        Assert.Equal("first+second", applied.Label);
        // A later scenario may name what an earlier one removed: nothing left to do, no error.
        var again = ScenarioApplier.Apply(Network(), [second, Parse("""{"type": "scale_capacity", "links": ["a-b"], "factor": 3}""", "third")]);
        Assert.Contains("a-b", again.RemovedLinks);
        Assert.Empty(ScenarioApplier.Validate(Network(), [second, first]));
    }

    [Fact]
    public void Apply_AddLinkAndNodeInTeu_KeepTheirUnit()
    {
        var teu = new TinyDataset().Node("A", "KZ").Node("D", "JP", NodeKind.Customer).Link("A", "D", id: "a-d")
            .Commodity("ti", tonnesPerTeu: 20, tonnesPerWagon: 60).Supply("A", "ti", 100).Demand("D", "ti", 100).Build();
        var scenario = Parse("""
            {"type": "add_node", "id": "P", "name": "Port", "kind": "port", "country": "KZ", "lat": 43, "lon": 51, "capacityTeuPerDay": 300},
            {"type": "add_link", "id": "p-d", "from": "P", "to": "D", "mode": "sea", "distanceKm": 9000, "transitTimeHours": "fixed(400)",
             "costUsdPerTonne": 60, "capacityWagonsPerDay": 40}
            """);

        Assert.Empty(ScenarioApplier.Validate(teu, [scenario]));
        var applied = ScenarioApplier.Apply(teu, [scenario]).Dataset;

        Assert.Equal(new Capacity(300, CapacityUnit.Teu), applied.FindNode("P")!.Capacity);
        Assert.Equal(new Capacity(40, CapacityUnit.Wagons), applied.Links.Single(l => l.Id == "p-d").Capacity);
        Assert.Equal("new port P (KZ), 300 TEU/day", scenario.Edits[0].Describe());
    }

    [Fact]
    public void Validate_AddedCapacityInTeuWithoutPayload_NamesTheCommodity()
    {
        var problems = ScenarioApplier.Validate(Network(), [Parse("""
            {"type": "add_node", "id": "P", "name": "Port", "kind": "port", "country": "KZ", "lat": 43, "lon": 51, "capacityTeuPerDay": 300}
            """)]);

        Assert.Equal(2, problems.Count); // neither ga nor u has t_per_teu
        Assert.Contains("node 'P' gives its capacity in TEU/day, but commodity 'ga' has no 't_per_teu'", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AddLinkWithTwoCapacityUnits_IsALocatedProblem()
    {
        var result = ScenarioParser.Parse("""
            {"name": "s", "edits": [{"type": "add_link", "id": "x", "from": "A", "to": "D", "mode": "rail", "distanceKm": 5,
              "transitTimeHours": "fixed(1)", "costUsdPerTonne": 1, "capacityTonnesPerDay": 100, "capacityTeuPerDay": 5}]}
            """, "s.json");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("both 'capacityTonnesPerDay' and 'capacityTeuPerDay'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownIds_LocatedWithSuggestions()
    {
        var scenario = ScenarioParser.Parse("""
            {
              "name": "typos",
              "edits": [
                {"type": "close", "nodes": ["A", "BB"], "chokepoints": ["suez", "sues"]},
                {"type": "export_ban", "commodity": "gal", "countries": ["XX"]},
                {"type": "digitise_customs", "nodes": ["A"]}
              ]
            }
            """, "typos.json").Scenario!;
        var problems = ScenarioApplier.Validate(Network(), [scenario]);

        Assert.Collection(problems,
            p =>
            {
                Assert.Equal("typos.json:4:38", $"{p.File}:{p.Line}:{p.Column}");
                Assert.StartsWith("unknown node 'BB' (did you mean 'B'", p.Message, StringComparison.Ordinal);
            },
            p => Assert.Equal((4, "unknown chokepoint 'sues' (did you mean 'suez'?)"), (p.Line, p.Message)),
            p => Assert.Equal((5, "unknown commodity 'gal' (did you mean 'ga'?)"), (p.Line, p.Message)),
            p => Assert.StartsWith("unknown country 'XX'", p.Message, StringComparison.Ordinal),
            p => Assert.Contains("no customs regime", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Catalog_NameOrFileOrBaseline_Resolves()
    {
        var folder = Directory.CreateTempSubdirectory("caravan-scenarios-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "scenarios"));
            File.WriteAllText(Path.Combine(folder.FullName, "scenarios", "storm.json"), """{"name": "storm", "edits": []}""");
            var loose = Path.Combine(folder.FullName, "loose.json");
            File.WriteAllText(loose, """{"name": "loose", "edits": []}""");
            var catalog = ScenarioCatalog.From(new FolderSource(folder.FullName));

            Assert.Equal("storm", catalog.Resolve("STORM").Scenario!.Name);
            Assert.Equal("loose", catalog.Resolve(loose).Scenario!.Name);
            Assert.Empty(catalog.Resolve("baseline").Scenario!.Edits);
            Assert.Contains("did you mean 'storm'", Assert.Single(catalog.Resolve("strom").Problems).Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
