using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Scenarios;
using Caravan.Optimization.Flows;

namespace Caravan.Optimization.Investment;

/// <summary>
/// Turns a dataset, its candidate projects and a set of weighted scenarios into the numbers of the MIP.
/// Every node and link any project builds is put in one superstructure network first, so all scenarios
/// and portfolios share arc indices; a project's other edits are applied before each scenario's (the
/// project is built, then the disruption strikes), and what they change against the scenario without
/// projects becomes capacity gains, supply gains or cheaper arc copies.
/// </summary>
public static class InstanceBuilder
{
    /// <summary>Builds the instance. Scenario probabilities are normalised to sum to 1.</summary>
    public static InvestmentInstance Build(Dataset dataset, IReadOnlyList<Project> projects, IReadOnlyList<WeightedScenario> scenarios,
        InvestmentAssumptions? assumptions = null)
    {
        assumptions ??= InvestmentAssumptions.Default;
        if (scenarios.Count == 0 || scenarios.Any(s => !(s.Probability > 0)))
            throw new ArgumentException("scenarios need positive probabilities", nameof(scenarios));
        var index = projects.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var nodeOwner = new Dictionary<string, int>(StringComparer.Ordinal);
        var linkOwner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < projects.Count; p++)
        {
            foreach (var e in projects[p].Edits.OfType<AddNodeEdit>())
                nodeOwner[e.Node.Id] = p;
            foreach (var e in projects[p].Edits.OfType<AddLinkEdit>())
                linkOwner[e.Link.Id] = p;
        }
        var builds = projects.SelectMany(p => p.Edits.OfType<AddNodeEdit>()).Cast<ScenarioEdit>()
            .Concat(projects.SelectMany(p => p.Edits.OfType<AddLinkEdit>())).ToArray();
        var super = builds.Length == 0 ? dataset
            : ScenarioApplier.Apply(dataset, [new Scenario { Name = "projects", Edits = builds }]).Dataset;
        var improvements = projects
            .Select(p => new Scenario { Name = p.Id, Edits = p.Edits.Where(e => e is not (AddNodeEdit or AddLinkEdit)).ToArray() })
            .ToArray();

        var total = scenarios.Sum(s => s.Probability);
        var flows = scenarios.Select(s =>
            Scenario(dataset, super, s, s.Probability / total, improvements, nodeOwner, linkOwner, assumptions)).ToArray();
        var terms = projects.Select(p => new ProjectTerms(
            p.Id, p.CapexUsd,
            p.CapexUsd * assumptions.AnnuityFactor(p.LifetimeYears ?? assumptions.DefaultLifetimeYears) + p.OpexUsdPerYear,
            p.BuildYears,
            p.Requires.Where(index.ContainsKey).Select(id => index[id]).ToArray(),
            p.Excludes.Where(index.ContainsKey).Select(id => index[id]).ToArray())).ToArray();
        return new InvestmentInstance(terms, flows);
    }

    private sealed record Numbers(
        AppliedScenario Applied, double[] ArcCapacity, double[] NodeCapacity, double[][] ArcCost, double[][] Supply,
        double[][] OriginCost, double[][] Demand, double[][]? ArcUse, double[][]? NodeUse);

    private static FlowScenario Scenario(Dataset dataset, Dataset super, WeightedScenario weighted, double probability, Scenario[] improvements,
        Dictionary<string, int> nodeOwner, Dictionary<string, int> linkOwner, InvestmentAssumptions assumptions)
    {
        // The background freight is assigned under the scenario without projects and its loads held
        // fixed: every portfolio's flows get the capacity it leaves and pay its congestion, which a
        // project's capacity shortens (docs/investment.md).
        var applied = ScenarioApplier.Apply(super, weighted.Scenarios);
        var background = BackgroundTraffic.Onto(applied.Dataset.Network, ScenarioApplier.Apply(dataset, weighted.Scenarios));
        var base0 = Compute(applied.WithTraffic(background), assumptions);
        var network = base0.Applied.Dataset.Network;
        var nodes = network.Nodes.Length;
        var commodities = base0.Applied.Dataset.Commodities;
        var arcGains = new List<Gain>();
        var nodeGains = new List<Gain>();
        var supplyGains = new List<Gain>();
        var variants = new List<ArcVariant>();
        for (var p = 0; p < improvements.Length; p++)
        {
            if (improvements[p].Edits.Count == 0)
                continue;
            var improved = ScenarioApplier.Apply(super, [improvements[p], .. weighted.Scenarios]);
            var with = Compute(improved.WithTraffic(BackgroundTraffic.Recongested(background, improved)), assumptions);
            var other = with.Applied.Dataset.Network;
            // Projects never remove anything, so both datasets hold the same nodes and links in the same order.
            if (other.ArcCount != network.ArcCount || other.Nodes.Length != nodes)
                throw new InvalidOperationException($"project '{improvements[p].Name}' changed the network's shape");
            for (var a = 0; a < network.ArcCount; a++)
            {
                if (Differs(with.ArcCapacity[a], base0.ArcCapacity[a]))
                    arcGains.Add(new Gain(p, a, Increment(with.ArcCapacity[a], base0.ArcCapacity[a], base0.Demand, MaxUse(base0.ArcUse, a))));
                for (var k = 0; k < commodities.Count; k++)
                {
                    if (with.ArcCost[k][a] < base0.ArcCost[k][a] * (1 - 1e-9) - 1e-9)
                        variants.Add(new ArcVariant(a, p, k, with.ArcCost[k][a]));
                }
            }
            for (var n = 0; n < nodes; n++)
            {
                if (Differs(with.NodeCapacity[n], base0.NodeCapacity[n]))
                    nodeGains.Add(new Gain(p, n, Increment(with.NodeCapacity[n], base0.NodeCapacity[n], base0.Demand, MaxUse(base0.NodeUse, n))));
                for (var k = 0; k < commodities.Count; k++)
                {
                    if (Differs(with.Supply[k][n], base0.Supply[k][n]))
                        supplyGains.Add(new Gain(p, k * nodes + n, with.Supply[k][n] - base0.Supply[k][n]));
                }
            }
        }
        return new FlowScenario
        {
            Name = weighted.Name,
            Probability = probability,
            NodeIds = network.Nodes.Select(n => n.Id).ToArray(),
            ArcLinkIds = network.ArcLink.Select(l => network.Links[l].Id).ToArray(),
            CommodityIds = commodities.Select(c => c.Id).ToArray(),
            ArcTail = network.ArcTail,
            ArcHead = network.ArcHead,
            ArcCapacity = base0.ArcCapacity,
            ArcOwner = network.ArcLink.Select(l => linkOwner.GetValueOrDefault(network.Links[l].Id, -1)).ToArray(),
            ArcCost = base0.ArcCost,
            NodeCapacity = base0.NodeCapacity,
            NodeOwner = network.Nodes.Select(n => nodeOwner.GetValueOrDefault(n.Id, -1)).ToArray(),
            Supply = base0.Supply,
            OriginCost = base0.OriginCost,
            Demand = base0.Demand,
            PenaltyUsdPerTonne = commodities.Select(c => assumptions.PenaltyUsdPerTonne(c.ValueUsdPerTonne)).ToArray(),
            ArcGains = arcGains,
            NodeGains = nodeGains,
            SupplyGains = supplyGains,
            Variants = variants,
            ArcCapacityUse = base0.ArcUse,
            NodeCapacityUse = base0.NodeUse,
        };
    }

    private static bool Differs(double a, double b) =>
        !(double.IsPositiveInfinity(a) && double.IsPositiveInfinity(b)) && Math.Abs(a - b) > 1e-9 * Math.Max(1, Math.Abs(b));

    // From or to unlimited capacity the increment is bounded by all demand, which no flow exceeds, in the
    // element's capacity unit (the most units a tonne of any commodity takes there).
    private static double Increment(double with, double without, double[][] demand, double maxUse)
    {
        var all = demand.Sum(d => d.Sum()) * maxUse;
        return Math.Min(with, all + (double.IsFinite(without) ? without : 0)) - (double.IsFinite(without) ? without : all);
    }

    // The second stage's numbers come from the flows model itself (FlowModel.Build: capacities per year
    // after closures and storms, generalised arc costs with forbidden modes, unlicensed nodes and export
    // bans, supplies and demands), so the investment LP and `caravan flow` price one network alike; only
    // the dense per-commodity layout the gains need is added here.
    private static Numbers Compute(AppliedScenario applied, InvestmentAssumptions assumptions)
    {
        var model = FlowModel.Build(applied, assumptions.FlowOptions);
        var dataset = applied.Dataset;
        var network = dataset.Network;
        var problem = model.Problem;
        var commodities = dataset.Commodities;
        var planned = model.Commodities.Select((c, j) => (c.Id, j)).ToDictionary(x => x.Id, x => problem.Commodities[x.j], StringComparer.Ordinal);
        var nodes = network.Nodes.Length;
        var arcCost = new double[commodities.Count][];
        var supply = new double[commodities.Count][];
        var demand = new double[commodities.Count][];
        var origin = new double[commodities.Count][];
        for (var k = 0; k < commodities.Count; k++)
        {
            var c = commodities[k];
            supply[k] = new double[nodes];
            demand[k] = new double[nodes];
            // A commodity with neither supply nor demand is not in the flow model: it moves nowhere.
            var flow = planned.GetValueOrDefault(c.Id);
            arcCost[k] = flow?.ArcCost.ToArray() ?? Enumerable.Repeat(double.PositiveInfinity, network.ArcCount).ToArray();
            foreach (var s in flow?.Supply ?? [])
                supply[k][s.Node] += s.Tonnes;
            foreach (var d in flow?.Demand ?? [])
                demand[k][d.Node] += d.Tonnes;
            // Every node, not only today's origins: a project may add supply where there is none.
            origin[k] = Enumerable.Range(0, nodes).Select(n => model.Costs.Origin(n, c).GeneralisedUsd).ToArray();
        }
        // Capacities in TEU or wagons: the units one tonne of each commodity takes (null when all are in tonnes).
        var arcUse = problem.Commodities.Any(f => f.ArcCapacityUse is not null)
            ? commodities.Select(c => Enumerable.Range(0, network.ArcCount).Select(a => planned.GetValueOrDefault(c.Id)?.ArcUse(a) ?? 1).ToArray()).ToArray()
            : null;
        var nodeUse = problem.Commodities.Any(f => f.NodeCapacityUse is not null)
            ? commodities.Select(c => Enumerable.Range(0, nodes).Select(n => planned.GetValueOrDefault(c.Id)?.NodeUse(n) ?? 1).ToArray()).ToArray()
            : null;
        return new Numbers(applied, problem.ArcCapacity.ToArray(), problem.NodeCapacity.ToArray(), arcCost, supply, origin, demand, arcUse, nodeUse);
    }

    private static double MaxUse(double[][]? use, int element) => use is null ? 1 : use.Max(u => u[element]);
}
