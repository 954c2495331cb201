using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;
using Caravan.Core.Rules;
using Caravan.Core.Scenarios;
using Caravan.Core.Traffic;

namespace Caravan.Optimization.Flows;

/// <summary>
/// A dataset (after scenarios) turned into a <see cref="FlowProblem"/>: the network's arcs with their
/// period capacities and generalised costs per commodity, supplies, demands and penalties, and the
/// bookkeeping to read a solution back in the dataset's terms.
/// </summary>
public sealed class FlowModel
{
    private FlowModel(AppliedScenario applied, FlowOptions options, CostModel costs, IReadOnlyList<Commodity> commodities,
        double[] arcFactor, double[] nodeFactor, double[] arcBackground, double[] nodeBackground, FlowProblem problem)
    {
        ArcBackgroundPerDay = arcBackground;
        NodeBackgroundPerDay = nodeBackground;
        Applied = applied;
        Options = options;
        Costs = costs;
        Commodities = commodities;
        ArcCapacityFactor = arcFactor;
        NodeCapacityFactor = nodeFactor;
        Problem = problem;
    }

    /// <summary>The dataset and what the scenarios closed.</summary>
    public AppliedScenario Applied { get; }

    /// <summary>The options it was built with.</summary>
    public FlowOptions Options { get; }

    /// <summary>The routing cost model that priced the arcs.</summary>
    public CostModel Costs { get; }

    /// <summary>The commodities planned, in the problem's order.</summary>
    public IReadOnlyList<Commodity> Commodities { get; }

    /// <summary>
    /// Per arc: the period capacity one unit/day of nominal capacity gives (t, TEU or wagons), that is
    /// period days × open fraction × (1 − expected storm-closed share) × mean seasonal capacity factor,
    /// all over the period from <see cref="FlowOptions.StartDay"/>.
    /// </summary>
    public double[] ArcCapacityFactor { get; }

    /// <summary>Per node: as <see cref="ArcCapacityFactor"/>.</summary>
    public double[] NodeCapacityFactor { get; }

    /// <summary>
    /// Per arc: the background freight's load (<see cref="AppliedScenario.Traffic"/>) in the unit of the
    /// link's capacity (t, TEU or wagons) a day. The minerals get the capacity it leaves.
    /// </summary>
    public double[] ArcBackgroundPerDay { get; }

    /// <summary>Per node: as <see cref="ArcBackgroundPerDay"/>.</summary>
    public double[] NodeBackgroundPerDay { get; }

    /// <summary>What trade rules did to the problem: rules that bar arcs, quotas that cap supply.</summary>
    public IReadOnlyList<string> RuleNotes { get; private init; } = [];

    /// <summary>The problem for the solvers.</summary>
    public FlowProblem Problem { get; }

    /// <summary>The network.</summary>
    public TransportNetwork Network => Applied.Dataset.Network;

    /// <summary>Builds the model for <paramref name="applied"/>.</summary>
    public static FlowModel Build(AppliedScenario applied, FlowOptions? options = null)
    {
        options ??= FlowOptions.Default;
        if (!(options.PeriodDays > 0))
            throw new ArgumentOutOfRangeException(nameof(options), "the period has a positive number of days");
        if (!(options.StartDay >= 0) || double.IsInfinity(options.StartDay))
            throw new ArgumentOutOfRangeException(nameof(options), "the period starts on a day ≥ 0");
        var dataset = applied.Dataset;
        var network = dataset.Network;
        var traffic = applied.Traffic;
        var costs = new CostModel(dataset, options.Costs, traffic);
        var days = options.PeriodDays;
        var start = options.StartDay;
        var yearShare = days / Core.Hours.DaysPerYear;

        var arcFactor = new double[network.ArcCount];
        var arcCapacity = new double[network.ArcCount];
        var arcBackground = new double[network.ArcCount];
        for (var a = 0; a < network.ArcCount; a++)
        {
            var link = network.Links[network.ArcLink[a]];
            arcFactor[a] = days * AvailableShare.Of(applied, link, start, days);
            arcBackground[a] = InUnit(traffic.ArcLoad[a], link.Capacity);
            arcCapacity[a] = Capacity(link.Capacity?.PerDay, arcFactor[a], arcBackground[a] * days);
        }
        var nodeFactor = new double[network.Nodes.Length];
        var nodeCapacity = new double[network.Nodes.Length];
        var nodeBackground = new double[network.Nodes.Length];
        for (var v = 0; v < network.Nodes.Length; v++)
        {
            var node = network.Nodes[v];
            nodeFactor[v] = days * AvailableShare.Of(applied, node, start, days);
            nodeBackground[v] = InUnit(traffic.NodeLoad[v], node.Capacity);
            nodeCapacity[v] = Capacity(node.Capacity?.PerDay, nodeFactor[v], nodeBackground[v] * days);
        }

        var origins = options.Origins.ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Ships(SupplyPoint s) => origins.Count == 0 || origins.Contains(dataset.FindNode(s.Node)!.Country);
        var wanted = options.Commodities.ToHashSet(StringComparer.Ordinal);
        var commodities = dataset.Commodities
            .Where(c => wanted.Count == 0 || wanted.Contains(c.Id))
            .Where(c => dataset.Supply.Any(s => s.Commodity == c.Id) || dataset.Demand.Any(d => d.Commodity == c.Id))
            .ToArray();
        var rules = new RuleArcs(dataset, options.RulesDay);
        var supplies = commodities.Select(c => TradeRuleFlows.Supply(dataset, rules, c, dataset.Supply.Where(s => s.Commodity == c.Id && Ships(s)).ToArray())).ToArray();
        var flowCommodities = commodities.Select((c, k) => new FlowCommodity(
            c.Id,
            ArcCosts(applied, costs, c, rules),
            supplies[k].Rows
                .Select(s => new FlowAmount(network.NodeIndex(s.Node), s.TonnesPerYear * yearShare, costs.Origin(network.NodeIndex(s.Node), c).GeneralisedUsd))
                .ToArray(),
            dataset.Demand.Where(d => d.Commodity == c.Id)
                .Select(d => new FlowAmount(network.NodeIndex(d.Node), d.TonnesPerYear * yearShare))
                .ToArray(),
            Penalty(c, options))
        {
            ArcCapacityUse = CapacityUse(network.Links.Select(l => l.Capacity), network.ArcLink, c),
            NodeCapacityUse = CapacityUse(network.Nodes.Select(n => n.Capacity), Enumerable.Range(0, network.Nodes.Length).ToArray(), c),
        }).ToArray();
        var problem = new FlowProblem(network.Nodes.Length, network.ArcTail, network.ArcHead, arcCapacity, nodeCapacity, flowCommodities);
        var notes = commodities.SelectMany((c, k) => TradeRuleFlows.ArcNotes(rules, c).Concat(supplies[k].Notes))
            .Concat(TradeRuleFlows.ImpossibleContracts(applied, supplies.SelectMany(x => x.Rows).ToArray(), options.RulesDay,
                commodities.Select(c => c.Id).ToArray(), node => dataset.FindNode(node) is not { } n || origins.Count == 0 || origins.Contains(n.Country))).ToArray();
        return new FlowModel(applied, options, costs, commodities, arcFactor, nodeFactor, arcBackground, nodeBackground, problem) { RuleNotes = notes };
    }

    /// <summary>The unmet-demand penalty for <paramref name="commodity"/>, US$/t.</summary>
    public static double Penalty(Commodity commodity, FlowOptions options) =>
        options.PenaltyUsdPerTonne.TryGetValue(commodity.Id, out var given)
            ? given
            : Math.Max(options.PenaltyFloorUsdPerTonne, options.PenaltyValueMultiple * commodity.ValueUsdPerTonne);

    /// <summary>Supply rows of a commodity in the problem's order (for reading shipped tonnes back).</summary>
    public IReadOnlyList<SupplyPoint> SupplyRows(int commodity)
    {
        var origins = Options.Origins.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Applied.Dataset.Supply
            .Where(s => s.Commodity == Commodities[commodity].Id && (origins.Count == 0 || origins.Contains(Applied.Dataset.FindNode(s.Node)!.Country)))
            .ToArray();
    }

    /// <summary>Demand rows of a commodity in the problem's order (for reading unmet tonnes back).</summary>
    public IReadOnlyList<DemandPoint> DemandRows(int commodity) =>
        Applied.Dataset.Demand.Where(d => d.Commodity == Commodities[commodity].Id).ToArray();

    // Units of capacity one tonne of the commodity takes per element; null when every capacity is in tonnes.
    private static double[]? CapacityUse(IEnumerable<Capacity?> capacities, int[] elementOf, Commodity commodity)
    {
        var perElement = capacities.Select(c => c is { Unit: not CapacityUnit.Tonnes } given ? 1 / commodity.TonnesPer(given.Unit) : 1).ToArray();
        return perElement.All(u => u == 1) ? null : elementOf.Select(e => perElement[e]).ToArray();
    }

    // What the background freight leaves: the period's capacity less its load, never below zero (the
    // background moves first: it is most of the corridor's traffic and is there whatever we plan).
    // Unlimited stays unlimited unless closed for the whole period.
    private static double Capacity(double? perDay, double factor, double background) =>
        perDay is { } c ? Math.Max(0, c * factor - background) : factor > 0 ? double.PositiveInfinity : 0;

    // A background load in t-eq/d in the unit of the element's capacity (0 where it has none).
    private static double InUnit(double capacityTonnesPerDay, Capacity? capacity) =>
        capacity is { } c ? capacityTonnesPerDay / CargoTraits.TonnesPerCapacityUnit(c.Unit) : 0;

    // The routing cost per tonne, or +∞ where the commodity may not go: its forbidden modes, unlicensed
    // ports and airports, export bans, trade rules (sanctions, transit permits), costs too large to be a real option (a certain disruption), and
    // through a mine, plant or customer: cargo leaves one only where it is supplied and enters one only
    // where it is demanded.
    private static double[] ArcCosts(AppliedScenario applied, CostModel costs, Commodity commodity, RuleArcs rules)
    {
        var network = applied.Dataset.Network;
        var dataset = applied.Dataset;
        var sources = dataset.Supply.Where(s => s.Commodity == commodity.Id).Select(s => network.NodeIndex(s.Node)).ToHashSet();
        var sinks = dataset.Demand.Where(d => d.Commodity == commodity.Id).Select(d => network.NodeIndex(d.Node)).ToHashSet();
        var result = new double[network.ArcCount];
        for (var a = 0; a < network.ArcCount; a++)
        {
            var link = network.Links[network.ArcLink[a]];
            var tail = network.Nodes[network.ArcTail[a]];
            var head = network.Nodes[network.ArcHead[a]];
            var allowed = commodity.MayUse(link.Mode) && commodity.MayPass(tail) && commodity.MayPass(head)
                && (!tail.IsEndpoint || sources.Contains(network.ArcTail[a]))
                && (!head.IsEndpoint || sinks.Contains(network.ArcHead[a]))
                && !applied.IsExportBanned(commodity.Id, tail, head, link)
                && !rules.Bars(a, commodity);
            var cost = allowed ? costs.GeneralisedCostPerTonne(a, commodity) : double.PositiveInfinity;
            result[a] = double.IsFinite(cost) && cost < 1e12 ? cost : double.PositiveInfinity;
        }
        return result;
    }
}
