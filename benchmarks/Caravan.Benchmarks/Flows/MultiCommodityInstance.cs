using Caravan.Optimization.Flows;

namespace Caravan.Benchmarks.Flows;

/// <summary>
/// A multi-commodity instance grown from a one-commodity DIMACS problem: K commodities share the
/// arc capacities; each has its own source–sink pairs and costs scaled by a per-commodity factor.
/// Unmet demand is allowed at a high penalty, so every instance is feasible. Seeded, deterministic.
/// </summary>
public static class MultiCommodityInstance
{
    /// <summary>Derives <paramref name="commodities"/> commodities from <paramref name="single"/>.</summary>
    public static FlowProblem From(FlowProblem single, int commodities, int pairsPerCommodity, int seed)
    {
        var random = new Random(seed);
        var baseCost = single.Commodities[0].ArcCost;
        var list = new List<FlowCommodity>();
        for (var k = 0; k < commodities; k++)
        {
            var factor = 0.5 + random.NextDouble();
            var supply = new List<FlowAmount>();
            var demand = new List<FlowAmount>();
            for (var p = 0; p < pairsPerCommodity; p++)
            {
                supply.Add(new FlowAmount(random.Next(single.NodeCount), 500));
                demand.Add(new FlowAmount(random.Next(single.NodeCount), 500));
            }
            list.Add(new FlowCommodity($"k{k}", baseCost.Select(c => Math.Round(c * factor)).ToArray(), supply, demand, 1_000_000));
        }
        return new FlowProblem(single.NodeCount, single.ArcTail, single.ArcHead, single.ArcCapacity, single.NodeCapacity, list);
    }
}
