using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Network;
using Caravan.Core.Routing;
using Caravan.Core.Scenarios;

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
    private const double DaysPerYear = 365;
    private const double HoursPerYear = 8760;

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
            Scenario(super, s, s.Probability / total, improvements, nodeOwner, linkOwner, assumptions)).ToArray();
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
        double[][] OriginCost, double[][] Demand);

    private static FlowScenario Scenario(Dataset super, WeightedScenario weighted, double probability, Scenario[] improvements,
        Dictionary<string, int> nodeOwner, Dictionary<string, int> linkOwner, InvestmentAssumptions assumptions)
    {
        var base0 = Compute(ScenarioApplier.Apply(super, weighted.Scenarios), assumptions);
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
            var with = Compute(ScenarioApplier.Apply(super, [improvements[p], .. weighted.Scenarios]), assumptions);
            var other = with.Applied.Dataset.Network;
            // Projects never remove anything, so both datasets hold the same nodes and links in the same order.
            if (other.ArcCount != network.ArcCount || other.Nodes.Length != nodes)
                throw new InvalidOperationException($"project '{improvements[p].Name}' changed the network's shape");
            for (var a = 0; a < network.ArcCount; a++)
            {
                if (Differs(with.ArcCapacity[a], base0.ArcCapacity[a]))
                    arcGains.Add(new Gain(p, a, Increment(with.ArcCapacity[a], base0.ArcCapacity[a], base0.Demand)));
                for (var k = 0; k < commodities.Count; k++)
                {
                    if (with.ArcCost[k][a] < base0.ArcCost[k][a] * (1 - 1e-9) - 1e-9)
                        variants.Add(new ArcVariant(a, p, k, with.ArcCost[k][a]));
                }
            }
            for (var n = 0; n < nodes; n++)
            {
                if (Differs(with.NodeCapacity[n], base0.NodeCapacity[n]))
                    nodeGains.Add(new Gain(p, n, Increment(with.NodeCapacity[n], base0.NodeCapacity[n], base0.Demand)));
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
        };
    }

    private static bool Differs(double a, double b) =>
        !(double.IsPositiveInfinity(a) && double.IsPositiveInfinity(b)) && Math.Abs(a - b) > 1e-9 * Math.Max(1, Math.Abs(b));

    // From or to unlimited capacity the increment is bounded by all demand, which no flow exceeds.
    private static double Increment(double with, double without, double[][] demand)
    {
        var all = demand.Sum(d => d.Sum());
        return Math.Min(with, all + (double.IsFinite(without) ? without : 0)) - (double.IsFinite(without) ? without : all);
    }

    private static Numbers Compute(AppliedScenario applied, InvestmentAssumptions assumptions)
    {
        var dataset = applied.Dataset;
        var network = dataset.Network;
        var costs = new CostModel(dataset, assumptions.Cost);
        var arcCapacity = new double[network.ArcCount];
        for (var a = 0; a < network.ArcCount; a++)
        {
            var link = network.Links[network.ArcLink[a]];
            arcCapacity[a] = Yearly(link.Capacity?.ConservativeTonnesPerDay(dataset.Commodities), link.Disruption, applied.OpenFraction(ClosureTarget.Link, link.Id, DaysPerYear));
        }
        var nodeCapacity = network.Nodes
            .Select(n => Yearly(n.Capacity?.ConservativeTonnesPerDay(dataset.Commodities), n.Disruption, applied.OpenFraction(ClosureTarget.Node, n.Id, DaysPerYear)))
            .ToArray();
        var commodities = dataset.Commodities;
        var arcCost = new double[commodities.Count][];
        var supply = new double[commodities.Count][];
        var demand = new double[commodities.Count][];
        var origin = new double[commodities.Count][];
        for (var k = 0; k < commodities.Count; k++)
        {
            var c = commodities[k];
            var table = costs.Table(c);
            arcCost[k] = new double[network.ArcCount];
            for (var a = 0; a < network.ArcCount; a++)
            {
                var allowed = costs.Allowed(a, c, RouteConstraints.None)
                    && !applied.IsExportBanned(c.Id, network.Nodes[network.ArcTail[a]], network.Nodes[network.ArcHead[a]], network.Links[network.ArcLink[a]]);
                arcCost[k][a] = allowed ? table.Generalised[a] : double.PositiveInfinity;
            }
            supply[k] = new double[network.Nodes.Length];
            demand[k] = new double[network.Nodes.Length];
            origin[k] = Enumerable.Range(0, network.Nodes.Length).Select(n => costs.Origin(n, c).GeneralisedUsd).ToArray();
            foreach (var s in dataset.Supply.Where(s => s.Commodity == c.Id))
                supply[k][network.NodeIndex(s.Node)] += s.TonnesPerYear;
            foreach (var d in dataset.Demand.Where(d => d.Commodity == c.Id))
                demand[k][network.NodeIndex(d.Node)] += d.TonnesPerYear;
        }
        return new Numbers(applied, arcCapacity, nodeCapacity, arcCost, supply, origin, demand);
    }

    // t/day → t/yr, less the share of the year the element is closed: windows from scenarios and the
    // expected closed hours of its random closures (storms), as the flows issue's scenarios prescribe.
    private static double Yearly(double? tonnesPerDay, Disruption? disruption, double openFraction)
    {
        if (tonnesPerDay is not { } perDay)
            return double.PositiveInfinity;
        var stormOpen = disruption is null ? 1 : Math.Max(0, 1 - disruption.ExpectedClosedHoursPerYear / HoursPerYear);
        return perDay * DaysPerYear * openFraction * stormOpen;
    }
}
