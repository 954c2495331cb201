using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Scenarios;
using Caravan.Core.Tests;
using Caravan.Optimization.Flows;
using Caravan.Optimization.Investment;

namespace Caravan.Optimization.Tests.Investment;

/// <summary>Invest sees the corridors' background freight as `caravan flow` does.</summary>
public sealed class CorridorTrafficInvestmentTests
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();
    private static readonly IReadOnlyList<Project> Candidates = ProjectReader.Load(new BuiltInSource(), Eurasia).Projects!;
    private static readonly Scenario RussiaClosed = ScenarioCatalog.From(new BuiltInSource()).Resolve("russia-transit-closed").Scenario!;
    private static readonly InvestmentInstance Instance =
        InstanceBuilder.Build(Eurasia, Candidates, [new WeightedScenario("russia-transit-closed", [RussiaClosed], 1)]);

    [Fact]
    public void Build_RussiaClosed_EveryExistingArcHasTheFlowModelsResidualCapacityAndCongestedCost()
    {
        var flow = FlowModel.Build(ScenarioApplier.Apply(Eurasia, [RussiaClosed]), InvestmentAssumptions.Default.FlowOptions);
        var network = flow.Network;
        var scenario = Instance.Scenarios.Single();
        var arcOf = Enumerable.Range(0, scenario.ArcCount).ToDictionary(a => (scenario.ArcLinkIds[a], scenario.NodeIds[scenario.ArcTail[a]]));
        var commodityOf = scenario.CommodityIds.Select((id, k) => (id, k)).ToDictionary(x => x.id, x => x.k, StringComparer.Ordinal);
        var loaded = 0;
        for (var a = 0; a < network.ArcCount; a++)
        {
            var arc = arcOf[(network.Links[network.ArcLink[a]].Id, network.Nodes[network.ArcTail[a]].Id)];
            Assert.Equal(flow.Problem.ArcCapacity[a], scenario.ArcCapacity[arc], 1e-6);
            foreach (var commodity in flow.Problem.Commodities)
                Assert.Equal(commodity.ArcCost[a], scenario.ArcCost[commodityOf[commodity.Id]][arc], 1e-6);
            if (flow.ArcBackgroundPerDay[a] > 0)
                loaded++;
        }
        // The comparison means something: the background loads many arcs under the scenario.
        Assert.True(loaded >= 5, $"only {loaded} arcs with a capacity carry background freight");
        var nodeOf = scenario.NodeIds.Select((id, v) => (id, v)).ToDictionary(x => x.id, x => x.v, StringComparer.Ordinal);
        for (var v = 0; v < network.Nodes.Length; v++)
            Assert.Equal(flow.Problem.NodeCapacity[v], scenario.NodeCapacity[nodeOf[network.Nodes[v].Id]], 1e-6);
    }

    [Fact]
    public void Build_RussiaClosed_FullCaspianElementsLeaveTheMineralsNoRoomUntilAProjectAddsSome()
    {
        var scenario = Instance.Scenarios.Single();
        // Some Caspian project widens an element the background fills: the minerals' capacity there was 0 and is no longer.
        var caspian = new[] { "aktau-dredging", "aktau-container-hub", "kuryk-sarzha-terminal", "kz-feeder-fleet", "asco-kuryk-ropax", "asco-turkmenbashi-ferries" }
            .Select(id => Instance.Projects.Select((p, i) => (p.Id, i)).Single(x => x.Id == id).i).ToHashSet();
        var widened = scenario.ArcGains.Where(g => caspian.Contains(g.Project) && g.TonnesPerYear > 0 && scenario.ArcCapacity[g.Index] < 1e-6)
            .Select(g => scenario.ArcLinkIds[g.Index])
            .Concat(scenario.NodeGains.Where(g => caspian.Contains(g.Project) && g.TonnesPerYear > 0 && scenario.NodeCapacity[g.Index] < 1e-6)
                .Select(g => scenario.NodeIds[g.Index]))
            .ToList();
        Assert.NotEmpty(widened);
    }

    [Fact]
    public void Evaluate_ProjectWideningALineTheBackgroundFills_SavesTheMineralsTheDetour()
    {
        // A → B by a rail line of 1,000 t/day that 2,000 t/day of background freight crowds past its
        // capacity, or round by C: 20 h and US$10/t longer, no limit. The ore gets no room on the line
        // until a project triples it; the background stays where it was assigned without the project,
        // so the room is the new capacity less that load (re-assigned, the freight would take more of it).
        var dataset = new TinyDataset()
            .Node("A").Node("B").Node("C")
            .Link("A", "B", hours: 10, cost: 10, capacity: 1000, id: "direct")
            .Link("A", "C", hours: 15, cost: 10).Link("C", "B", hours: 15, cost: 10)
            .Freight("A", "B", 2000 * 365, valueUsdPerUnit: 50_000)
            .Commodity("ore", 1000).Supply("A", "ore", 500_000).Demand("B", "ore", 500_000)
            .Build();
        var widen = new Project
        {
            Id = "double-direct",
            Name = "double-direct",
            Country = "KZ",
            CapexUsd = 1,
            Edits = [new ScaleCapacityEdit { Links = [new ScenarioRef("direct", 1, 1)], Factor = 3 }],
        };
        var instance = InstanceBuilder.Build(dataset, [widen], [new WeightedScenario("baseline", [], 1)]);
        var flow = FlowModel.Build(AppliedScenario.None(dataset), InvestmentAssumptions.Default.FlowOptions);
        var network = flow.Network;
        var direct = Enumerable.Range(0, network.ArcCount).Single(a => network.Links[network.ArcLink[a]].Id == "direct" && !network.ArcReversed[a]);
        var background = flow.ArcBackgroundPerDay[direct];
        Assert.True(background > 1000, $"the background carries {background} t/day on the direct line");

        var scenario = instance.Scenarios.Single();
        Assert.Equal(0, scenario.ArcCapacity[direct]);
        var gain = Assert.Single(scenario.ArcGains, g => g.Index == direct);
        Assert.Equal((3000 - background) * 365, gain.TonnesPerYear, 1e-6 * gain.TonnesPerYear);

        var without = PortfolioEvaluator.Evaluate(instance, [false]);
        var with = PortfolioEvaluator.Evaluate(instance, [true]);
        // Each tonne the new room takes off the detour saves at least its US$10 of freight (its 20 hours and carbon come on top).
        Assert.True(without.ExpectedFlowCostUsd - with.ExpectedFlowCostUsd >= gain.TonnesPerYear * 10,
            $"saves {without.ExpectedFlowCostUsd - with.ExpectedFlowCostUsd:F0} US$/yr");
        Assert.Equal(0, with.Scenarios[0].UnmetTonnes, 1e-6);
    }
}
