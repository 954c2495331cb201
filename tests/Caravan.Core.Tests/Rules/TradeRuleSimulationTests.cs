using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Rules;

/// <summary>The simulator honours trade rules: with Russia and China closed, no lot of uranium to Japan is planned through Iran.</summary>
public sealed class TradeRuleSimulationTests
{
    [Fact]
    public void RussiaAndChinaClosed_NoUraniumLotPlannedThroughIran()
    {
        var eurasia = DatasetReader.BuiltIn();
        var uranium = eurasia.With(
            commodities: [eurasia.FindCommodity("u3o8")!],
            supply: eurasia.Supply.Where(s => s.Commodity == "u3o8" && eurasia.FindNode(s.Node)!.Country is "KZ" or "UZ").ToArray(),
            demand: eurasia.Demand.Where(d => d.Commodity == "u3o8").ToArray());
        var catalog = ScenarioCatalog.From(new BuiltInSource());
        var applied = ScenarioApplier.Apply(uranium, [catalog.Resolve("russia-transit-closed").Scenario!, catalog.Resolve("china-transit-closed").Scenario!]);
        var model = SimulationModel.Compile(applied, new SimulationOptions { Replications = 1, HorizonDays = 180, WarmupDays = 0, Seed = 3, LotTonnes = 500 });

        var net = applied.Dataset.Network;
        var routes = model.Sources.SelectMany(s => s.Targets.Select(t => t.Route.Arcs)).ToList();
        Assert.NotEmpty(routes);
        foreach (var arcs in routes)
        {
            Assert.DoesNotContain(arcs, a => net.Nodes[net.ArcHead[a]].Country == "IR" || net.Links[net.ArcLink[a]].Countries.Contains("IR"));
            Assert.Contains(arcs, a => net.Links[net.ArcLink[a]].Mode == Caravan.Core.Network.Mode.Ferry); // over the Caspian instead
        }
        var run = MonteCarlo.Run(model);
        Assert.True(run.Result.OdPairs.Sum(p => p.DeliveredTonnes) > 0);
    }
}
