using Caravan.Core.Network;
using Caravan.Core.Routing;
using Caravan.Core.Scenarios;
using Caravan.Core.Traffic;

namespace Caravan.Optimization.Flows;

/// <summary>Plans flows on a dataset under scenarios: builds the model, solves it, reports in the dataset's terms.</summary>
public static class FlowPlanner
{
    private const double Tiny = 1e-6; // tonnes or US$ below this are solver noise

    /// <summary>Solves the flow question for <paramref name="applied"/>.</summary>
    public static FlowReport Plan(AppliedScenario applied, FlowOptions? options = null)
    {
        var model = FlowModel.Build(applied, options);
        return Report(model, FlowSolver.Solve(model.Problem, model.Options.Solver));
    }

    /// <summary>Reads <paramref name="solution"/> back in terms of links, nodes and commodities.</summary>
    public static FlowReport Report(FlowModel model, FlowSolution solution)
    {
        var network = model.Network;
        var problem = model.Problem;
        // Capacity units used per arc, all commodities together (tonnes unless a capacity is in TEU or wagons).
        var used = new double[problem.ArcCount];
        for (var k = 0; k < problem.Commodities.Count && solution.HasFlow; k++)
        {
            for (var a = 0; a < used.Length; a++)
                used[a] += solution.Flow[k][a] * problem.Commodities[k].ArcUse(a);
        }
        double? Utilisation(int a) => double.IsPositiveInfinity(problem.ArcCapacity[a]) ? null
            : problem.ArcCapacity[a] > 0 ? used[a] / problem.ArcCapacity[a] : (used[a] > Tiny ? double.PositiveInfinity : 0);

        var flows = new List<LinkFlow>();
        double freight = 0, handling = 0, time = 0, co2 = 0, risk = 0, penalty = 0;
        var demandRows = new List<UnmetDemand>();
        var sources = new List<SourceShipment>();
        var corridors = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (var k = 0; k < model.Commodities.Count && solution.HasFlow; k++)
        {
            var commodity = model.Commodities[k];
            for (var a = 0; a < problem.ArcCount; a++)
            {
                var tonnes = solution.Flow[k][a];
                if (tonnes <= Tiny)
                    continue;
                var link = network.Links[network.ArcLink[a]];
                var corridor = Corridor(link);
                flows.Add(new LinkFlow(link.Id, network.ArcReversed[a] ? "reverse" : "forward",
                    network.Nodes[network.ArcTail[a]].Id, network.Nodes[network.ArcHead[a]].Id, commodity.Id, tonnes, Utilisation(a), corridor));
                Add(model.Costs.Arc(a, commodity), tonnes);
            }
            AddCorridorEntries(network, solution.Flow[k], corridors);
            var supply = problem.Commodities[k].Supply;
            for (var i = 0; i < supply.Count; i++)
            {
                Add(model.Costs.Origin(supply[i].Node, commodity), solution.Shipped[k][i]);
                var node = network.Nodes[supply[i].Node];
                sources.Add(new SourceShipment(node.Id, node.Country, commodity.Id, supply[i].Tonnes, solution.Shipped[k][i] > Tiny ? solution.Shipped[k][i] : 0));
            }
            var demand = problem.Commodities[k].Demand;
            for (var j = 0; j < demand.Count; j++)
            {
                var unmet = solution.Unmet[k][j] > Tiny ? solution.Unmet[k][j] : 0;
                penalty += unmet * problem.Commodities[k].PenaltyUsdPerTonne;
                demandRows.Add(new UnmetDemand(network.Nodes[demand[j].Node].Id, commodity.Id, demand[j].Tonnes, unmet, problem.Commodities[k].PenaltyUsdPerTonne));
            }
        }
        if (!solution.HasFlow)
        {
            for (var k = 0; k < model.Commodities.Count; k++)
                foreach (var d in problem.Commodities[k].Demand)
                    demandRows.Add(new UnmetDemand(network.Nodes[d.Node].Id, model.Commodities[k].Id, d.Tonnes, d.Tonnes, problem.Commodities[k].PenaltyUsdPerTonne));
        }

        return new FlowReport
        {
            Status = solution.Status,
            Message = solution.Message,
            Scenario = model.Applied.Label,
            PeriodDays = model.Options.PeriodDays,
            StartDay = model.Options.StartDay,
            Solver = solution.Solver,
            SolveSeconds = solution.SolveTime.TotalSeconds,
            TotalCostUsd = solution.Objective,
            UnmetTonnes = demandRows.Sum(d => d.UnmetTonnes),
            DemandTonnes = demandRows.Sum(d => d.DemandTonnes),
            Cost = new CostSummary(freight, handling, time, co2, risk, penalty),
            Flows = flows.OrderByDescending(f => f.Tonnes).ThenBy(f => f.Link, StringComparer.Ordinal).ThenBy(f => f.Commodity, StringComparer.Ordinal).ToArray(),
            Demand = demandRows,
            Bottlenecks = Bottlenecks(model, solution, used),
            CorridorTonnes = corridors,
            Sources = sources.OrderBy(x => x.Commodity, StringComparer.Ordinal).ThenByDescending(x => x.ShippedTonnes).ThenBy(x => x.Node, StringComparer.Ordinal).ToArray(),
            Notes = model.RuleNotes,
        };

        void Add(CostBreakdown part, double tonnes)
        {
            freight += part.FreightUsd * tonnes;
            handling += (part.HandlingUsd + part.FeesUsd) * tonnes;
            time += part.TimeValueUsd * tonnes;
            co2 += part.CarbonUsd * tonnes;
            risk += (part.RiskPremiumUsd + part.WarRiskUsd) * tonnes;
        }
    }

    // Tonnes entering each corridor (a run of links of one mode and countries): at every node, what
    // leaves on the corridor's arcs less what arrives on them, when positive. A tonne that stays on a
    // corridor for several links is counted once, where it joins it.
    private static void AddCorridorEntries(TransportNetwork network, double[] flow, SortedDictionary<string, double> corridors)
    {
        var net = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var v = 0; v < network.Nodes.Length; v++)
        {
            net.Clear();
            foreach (var a in Enumerable.Range(network.FirstArc[v], network.FirstArc[v + 1] - network.FirstArc[v]))
            {
                if (flow[a] > Tiny)
                {
                    var c = Corridor(network.Links[network.ArcLink[a]]);
                    net[c] = net.GetValueOrDefault(c) + flow[a];
                }
            }
            for (var i = network.FirstInArc[v]; i < network.FirstInArc[v + 1]; i++)
            {
                var a = network.InArcs[i];
                if (flow[a] > Tiny)
                {
                    var c = Corridor(network.Links[network.ArcLink[a]]);
                    net[c] = net.GetValueOrDefault(c) - flow[a];
                }
            }
            foreach (var (corridor, entering) in net.Where(x => x.Value > Tiny))
                corridors[corridor] = corridors.GetValueOrDefault(corridor) + entering;
        }
    }

    /// <summary>A link's corridor: its mode and the sorted countries it crosses (<c>rail KZ</c>, <c>ferry AZ-KZ</c>).</summary>
    public static string Corridor(Link link) =>
        $"{SnakeCase.Name(link.Mode)} {string.Join("-", link.Countries.Distinct().Order(StringComparer.Ordinal))}";

    // Elements whose capacity is worth something: binding for the minerals (a positive dual), or queueing
    // under the background freight (a congestion value of at least US$1 per unit/day), whether or not the
    // minerals pass there: more capacity there is worth that much to the corridor's freight.
    private static List<Bottleneck> Bottlenecks(FlowModel model, FlowSolution solution, double[] used)
    {
        var list = new List<Bottleneck>();
        if (solution.ArcDual is null || solution.NodeDual is null)
            return list;
        var network = model.Network;
        var problem = model.Problem;
        var traffic = model.Applied.Traffic;
        var yearShare = model.Options.PeriodDays / Core.Hours.DaysPerYear;
        for (var a = 0; a < solution.ArcDual.Length; a++)
        {
            var link = network.Links[network.ArcLink[a]];
            if (link.Capacity is not { } capacity)
                continue;
            var congestion = traffic.ArcCongestionValue[a] * yearShare * CargoTraits.TonnesPerCapacityUnit(capacity.Unit);
            if (solution.ArcDual[a] > Tiny || congestion >= 1)
            {
                list.Add(new Bottleneck(link.Id, "link", network.ArcReversed[a] ? "reverse" : "forward",
                    Math.Max(0, solution.ArcDual[a]) * model.ArcCapacityFactor[a], capacity.PerDay, capacity.Unit, Ratio(used[a], problem.ArcCapacity[a]))
                {
                    BackgroundPerDay = model.ArcBackgroundPerDay[a],
                    CongestionUsdPerUnitPerDay = congestion,
                    DelayHours = traffic.ArcDelayHours[a],
                });
            }
        }
        for (var v = 0; v < solution.NodeDual.Length; v++)
        {
            var node = network.Nodes[v];
            if (node.Capacity is not { } capacity)
                continue;
            double through = 0;
            for (var k = 0; k < problem.Commodities.Count; k++)
            {
                var commodity = problem.Commodities[k];
                var tonnes = Enumerable.Range(network.FirstInArc[v], network.FirstInArc[v + 1] - network.FirstInArc[v])
                    .Sum(i => solution.Flow[k][network.InArcs[i]]);
                for (var i = 0; i < commodity.Supply.Count; i++)
                    tonnes += commodity.Supply[i].Node == v ? solution.Shipped[k][i] : 0;
                through += tonnes * commodity.NodeUse(v);
            }
            var congestion = traffic.NodeCongestionValue[v] * yearShare * CargoTraits.TonnesPerCapacityUnit(capacity.Unit);
            if (solution.NodeDual[v] > Tiny || congestion >= 1)
            {
                list.Add(new Bottleneck(node.Id, "node", "", Math.Max(0, solution.NodeDual[v]) * model.NodeCapacityFactor[v], capacity.PerDay, capacity.Unit,
                    Ratio(through, problem.NodeCapacity[v]))
                {
                    BackgroundPerDay = model.NodeBackgroundPerDay[v],
                    CongestionUsdPerUnitPerDay = congestion,
                    DelayHours = traffic.NodeDelayHours[v],
                });
            }
        }
        return list.OrderByDescending(b => b.ValueUsdPerUnitPerDay).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();
    }

    private static double Ratio(double used, double capacity) => capacity > 0 ? used / capacity : 0;
}
