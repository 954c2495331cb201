using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Network;
using Caravan.Core.Scenarios;
using Caravan.Core.Traffic;

namespace Caravan.Core.Simulation;

/// <summary>
/// A dataset compiled for simulation: stations for nodes, resources for directed arcs, sources at
/// supply points with their destinations and first-choice routes, stocks at demand points, and what
/// can close. Immutable and shared by every replication and thread.
/// </summary>
public sealed class SimulationModel
{
    private SimulationModel(Dataset dataset, SimulationOptions options, string scenario, IRoutePlanner planner)
    {
        Dataset = dataset;
        Options = options;
        Scenario = scenario;
        Planner = planner;
    }

    /// <summary>The dataset simulated (with the scenario's edits applied).</summary>
    public Dataset Dataset { get; }

    /// <summary>The run parameters.</summary>
    public SimulationOptions Options { get; }

    /// <summary>Scenario name, "baseline" when none.</summary>
    public string Scenario { get; }

    /// <summary>Who plans and re-plans routes.</summary>
    public IRoutePlanner Planner { get; }

    /// <summary>
    /// The release plan lots follow (a flow solution's paths), or null: every supply point ships its
    /// whole output, split across its commodity's demand points, along the planner's routes.
    /// </summary>
    public IReadOnlyList<PlannedShipment>? Plan { get; private set; }

    /// <summary>Tonnes a year the model releases per origin–destination pair, in <see cref="OdPairCount"/> order.</summary>
    public IReadOnlyList<double> ReleasedTonnesPerYear => Ods.Select(o => o.ReleasedTonnesPerYear).ToArray();

    /// <summary>Lots one replication is expected to release: every source's horizon over its interval between lots.</summary>
    public double ExpectedLotsPerReplication => Sources.Sum(s => Options.HorizonHours / s.IntervalHours + 1);

    /// <summary>
    /// Why this model is refused before it runs, or null: it would release more than half of
    /// <see cref="SimulationOptions.MaxLotsPerReplication"/> lots per replication (lots so small
    /// against the volumes that memory and time would grow without use). The message names the
    /// smallest lot that fits.
    /// </summary>
    public string? WorkProblem()
    {
        var allowed = Options.MaxLotsPerReplication / 2.0;
        var expected = ExpectedLotsPerReplication;
        if (expected <= allowed)
            return null;
        var yearly = Sources.Sum(s => s.LotTonnes / s.IntervalHours * Hours.PerYear);
        var smallest = Options.HorizonHours / Hours.PerYear * yearly / (allowed - Sources.Length);
        return Options.LotTonnes is { } lot
            ? $"lotTonnes {lot:G4} would release about {expected:N0} lots per replication over {Options.HorizonDays:G4} days; "
              + $"the limit is {allowed:N0}: use lots of at least {Math.Max(smallest, lot):G3} t, a shorter horizon or fewer commodities"
            : $"a week's output per lot would release about {expected:N0} lots per replication over {Options.HorizonDays:G4} days; "
              + $"the limit is {allowed:N0}: give lotTonnes of at least {smallest:G3} t or a shorter horizon";
    }

    /// <summary>Number of commodity origin–destination pairs with a route: zero means nothing will move.</summary>
    public int OdPairCount => Ods.Length;

    internal NodeSpec[] Nodes { get; private set; } = [];
    internal ArcSpec[] Arcs { get; private set; } = [];
    internal SourceSpec[] Sources { get; private set; } = [];
    internal DemandSpec[] Demands { get; private set; } = [];
    internal OdSpec[] Ods { get; private set; } = [];

    /// <summary>Nodes (0..N−1), links (N..N+L−1), chokepoints (N+L..).</summary>
    internal ClosableSpec[] Closables { get; private set; } = [];

    /// <summary>For each link, the closables whose closure stops it: itself and the chokepoints it passes.</summary>
    internal int[][] LinkClosers { get; private set; } = [];

    /// <summary>
    /// Compiles <paramref name="dataset"/>. <paramref name="closures"/> are the scenario's fixed closure
    /// windows; <paramref name="baseline"/>, when given, supplies the promised lead times so that every
    /// scenario of a comparison is held to the same promise; <paramref name="arcForbidden"/> rules out
    /// arcs for a commodity in the default planner (export bans). The default planner is the routing
    /// engine (<see cref="RoutingEnginePlanner"/> with the default cost parameters), so lots take the
    /// route <c>caravan route</c> shows. <paramref name="traffic"/> is the background freight the ports,
    /// borders and ferries carry besides the lots (none when null; <paramref name="trafficOptions"/> give
    /// the sizes of its trains and vessel calls); <paramref name="plan"/>, when given, is what the lots
    /// move (<see cref="Plan"/>). Unknown closure targets throw <see cref="ArgumentException"/> naming them.
    /// </summary>
    public static SimulationModel Compile(Dataset dataset, SimulationOptions options, string? scenario = null,
        IReadOnlyList<ClosureWindow>? closures = null, IRoutePlanner? planner = null, SimulationModel? baseline = null,
        Func<int, Commodity, bool>? arcForbidden = null, CorridorTraffic? traffic = null, TrafficOptions? trafficOptions = null,
        IReadOnlyList<PlannedShipment>? plan = null)
    {
        options.Validate();
        var net = dataset.Network;
        trafficOptions ??= TrafficOptions.Default;
        var nodes = net.Nodes.Select((n, v) => new NodeSpec(
            n.Id,
            n.Servers is > 0 and var c ? c : int.MaxValue,
            n.HandlingTimeHours,
            n.Kind == NodeKind.Border ? n.DwellHours : Distribution.Zero,
            n.GaugeChange ? options.GaugeChangeHours : 0,
            n.HandlingCostUsdPerTonne + n.FeesUsdPerTonne,
            n.Capacity?.ConservativeTonnesPerDay(dataset.Commodities),
            RandomStreams.Key("node:" + n.Id),
            // Ports, borders and terminals: what passes through; a mine or a customer is an end, not a passage.
            // Without traffic (the theory checks, investment's portfolio check) node capacities stay reported, not binding.
            n.IsEndpoint || traffic is null ? null : GateSpec.Of(n.Capacity, traffic.NodeLoad[v],
                n.Kind == NodeKind.Port ? trafficOptions.VesselCallTonnes : trafficOptions.TrainTonnes, n.Id))).ToArray();
        var arcs = new ArcSpec[net.ArcCount];
        for (var a = 0; a < arcs.Length; a++)
        {
            arcs[a] = ArcOf(net, a, options, dataset.Commodities);
            // A ferry's sailings already hold the lots to its capacity; the gate adds the background's share of the fleet.
            if (arcs[a].Kind == ArcKind.Ferry && traffic?.ArcLoad[a] > 0)
                arcs[a] = arcs[a] with { Gate = GateSpec.Of(net.Links[net.ArcLink[a]].Capacity, traffic?.ArcLoad[a] ?? 0, trafficOptions.VesselCallTonnes, arcs[a].Id) };
        }
        planner ??= new RoutingEnginePlanner(dataset, arcForbidden: arcForbidden);

        var model = new SimulationModel(dataset, options, scenario ?? Core.Scenarios.Scenario.Baseline.Name, planner) { Nodes = nodes, Arcs = arcs, Plan = plan };
        model.CompileClosables(closures ?? []);
        if (plan is null)
            model.CompileFlows(baseline);
        else
            model.CompilePlan(baseline, plan);
        return model;
    }

    /// <summary>
    /// Expected hours of <paramref name="arcs"/> from <paramref name="origin"/> as the simulator runs
    /// them: the origin's handling, then each arc's transit and mean wait for a departure and its head's
    /// handling, dwell and gauge change. Promises and re-routing decisions use this, whoever chose the route.
    /// </summary>
    internal double ExpectedHours(int origin, IReadOnlyList<int> arcs)
    {
        var hours = Nodes[origin].PlannedHours;
        foreach (var a in arcs)
            hours += Arcs[a].PlannedHours + Nodes[Dataset.Network.ArcHead[a]].PlannedHours;
        return hours;
    }

    /// <summary>
    /// Compiles a dataset after scenarios, as <c>caravan simulate --scenario</c> does: the edited
    /// dataset, each windowed closure as a <see cref="ClosureWindow"/>, the export bans as arcs the
    /// default planner may not use, the scenario's background freight (<see cref="AppliedScenario.Traffic"/>)
    /// at the ports, borders and ferries, labelled <paramref name="scenario"/> (default: the scenarios'
    /// label); lots follow <paramref name="plan"/> when given (<see cref="Plan"/>).
    /// </summary>
    public static SimulationModel Compile(AppliedScenario applied, SimulationOptions options, SimulationModel? baseline = null,
        IRoutePlanner? planner = null, string? scenario = null, IReadOnlyList<PlannedShipment>? plan = null)
    {
        var closures = applied.Closures.Select(c => new ClosureWindow(c.Id, c.Window.StartDay, c.Window.Days)).ToArray();
        var net = applied.Dataset.Network;
        // Trade rules (sanctions, transit permits, licences) bar arcs like export bans do.
        var rules = new Rules.RuleArcs(applied.Dataset, options.RulesDay);
        Func<int, Commodity, bool>? banned = applied.ExportBans.Count == 0 && !rules.Any
            ? null
            : (arc, commodity) => rules.Bars(arc, commodity)
                || applied.IsExportBanned(commodity.Id, net.Nodes[net.ArcTail[arc]], net.Nodes[net.ArcHead[arc]], net.Links[net.ArcLink[arc]]);
        return Compile(applied.Dataset, options, scenario ?? applied.Label, closures, planner, baseline, banned,
            applied.Traffic, applied.TrafficOptions, plan);
    }

    private static ArcSpec ArcOf(TransportNetwork net, int arc, SimulationOptions options, IReadOnlyList<Commodity> commodities)
    {
        var link = net.Links[net.ArcLink[arc]];
        // Lots of all commodities share one tonnage limit, so TEU and wagon capacities count at the bulkiest payload.
        var capacity = link.Capacity?.ConservativeTonnesPerDay(commodities);
        var id = net.ArcReversed[arc] ? link.Id + "/reverse" : link.Id;
        var kind = link.Mode == Mode.Ferry ? ArcKind.Ferry
            : link.DeparturesPerWeek is > 0 ? ArcKind.Scheduled
            : ArcKind.Continuous;
        // A ferry without a timetable still sails at the latest after the maximum wait.
        var headway = link.DeparturesPerWeek is > 0 and var perWeek ? Hours.PerWeek / perWeek
            : kind == ArcKind.Ferry ? options.FerryMaxWaitHours : 0;
        var perSailing = capacity is { } perDay && kind != ArcKind.Continuous
            ? perDay * Hours.ToDays(headway)
            : double.PositiveInfinity;
        return new ArcSpec(id, net.ArcLink[arc], kind, link.TransitTimeHours, headway, perSailing,
            link.CostUsdPerTonne, capacity, RandomStreams.Key("arc:" + id), link.CapacityMonthFactors);
    }

    private void CompileClosables(IReadOnlyList<ClosureWindow> closures)
    {
        var net = Dataset.Network;
        var specs = new List<(string Id, Disruption? Disruption)>();
        specs.AddRange(net.Nodes.Select(n => (n.Id, n.Disruption)));
        specs.AddRange(net.Links.Select(l => (l.Id, l.Disruption)));
        specs.AddRange(Dataset.Chokepoints.Select(c => (c.Id, c.Disruption)));
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < specs.Count; i++)
            index.TryAdd(specs[i].Id, i);
        var windows = specs.Select(_ => new List<(double, double)>()).ToArray();
        var unknown = closures.Where(c => !index.ContainsKey(c.Target)).Select(c => c.Target).Distinct().ToArray();
        if (unknown.Length > 0)
            throw new ArgumentException($"closure of unknown node, link or chokepoint: {string.Join(", ", unknown)}", nameof(closures));
        foreach (var c in closures)
            windows[index[c.Target]].Add((Hours.FromDays(c.StartDay), Hours.FromDays(c.StartDay + c.Days)));
        Closables = specs.Select((s, i) => new ClosableSpec(s.Id, s.Disruption, windows[i], RandomStreams.Key("closures:" + s.Id))).ToArray();

        var chokepointIndex = Dataset.Chokepoints.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var first = net.Nodes.Length + net.Links.Length;
        LinkClosers = net.Links.Select((l, i) =>
            new[] { net.Nodes.Length + i }
                .Concat(l.Chokepoints.Where(chokepointIndex.ContainsKey).Select(c => first + chokepointIndex[c]))
                .ToArray()).ToArray();
    }

    private void CompileFlows(SimulationModel? baseline)
    {
        var net = Dataset.Network;
        var demands = Dataset.Demand.Select(d => new DemandSpec(d.Node, d.Commodity, net.NodeIndex(d.Node),
            d.TonnesPerYear / Hours.PerYear, d.SafetyStockDays * d.TonnesPerYear / Hours.DaysPerYear)).ToArray();
        var ods = new List<OdSpec>();
        var sources = new List<SourceSpec>();
        var wanted = Options.Commodities is { Count: > 0 } list ? new HashSet<string>(list, StringComparer.Ordinal) : null;
        foreach (var supply in Dataset.Supply)
        {
            if (wanted is not null && !wanted.Contains(supply.Commodity))
                continue;
            var commodity = Dataset.FindCommodity(supply.Commodity);
            var origin = net.NodeIndex(supply.Node);
            if (commodity is null || origin < 0)
                continue;
            var targets = new List<TargetSpec>();
            for (var d = 0; d < demands.Length; d++)
            {
                if (demands[d].Commodity != supply.Commodity || demands[d].NodeIndex < 0)
                    continue;
                var route = Planner.FindRoute(origin, demands[d].NodeIndex, commodity);
                if (route is null)
                    continue;
                var planned = ExpectedHours(origin, route.Arcs);
                var promised = Options.PromisedLeadTimeFactor
                    * (baseline?.Ods.FirstOrDefault(o => o.Commodity == supply.Commodity && o.From == supply.Node && o.To == demands[d].Node)?.PlannedHours
                       ?? planned);
                ods.Add(new OdSpec(supply.Commodity, supply.Node, demands[d].Node, d, planned, promised) { Via = Via(route.Arcs) });
                targets.Add(new TargetSpec(d, ods.Count - 1, Dataset.Demand[d].TonnesPerYear, route));
            }
            if (targets.Count == 0)
                continue;
            // The whole output, split in proportion to the demands (LotSource's deterministic split).
            var weights = targets.Sum(t => t.Weight);
            foreach (var t in targets)
                ods[t.Od] = ods[t.Od] with { ReleasedTonnesPerYear = supply.TonnesPerYear * t.Weight / weights };
            var lot = Options.LotTonnes ?? supply.TonnesPerYear / 52.0;
            var id = supply.Node + ":" + supply.Commodity;
            sources.Add(new SourceSpec(id, origin, commodity, lot, lot / supply.TonnesPerYear * Hours.PerYear,
                RandomStreams.Key("supply:" + id), targets.ToArray()));
        }
        Demands = demands;
        Ods = ods.ToArray();
        Sources = sources.ToArray();
    }

    // Lots along the plan's paths: one source per supply node and commodity shipping what its paths
    // carry (a week of it per lot), each lot to a path in proportion to the path's tonnes; one
    // origin–destination pair per commodity, supply, demand node and route (its transfer points), so
    // the lots of two routes are told apart.
    private void CompilePlan(SimulationModel? baseline, IReadOnlyList<PlannedShipment> plan)
    {
        var net = Dataset.Network;
        var demands = Dataset.Demand.Select(d => new DemandSpec(d.Node, d.Commodity, net.NodeIndex(d.Node),
            d.TonnesPerYear / Hours.PerYear, d.SafetyStockDays * d.TonnesPerYear / Hours.DaysPerYear)).ToArray();
        var wanted = Options.Commodities is { Count: > 0 } list ? new HashSet<string>(list, StringComparer.Ordinal) : null;
        var ods = new List<OdSpec>();
        var sources = new List<SourceSpec>();
        foreach (var group in plan.Where(p => p.TonnesPerYear > 0 && (wanted is null || wanted.Contains(p.Commodity)))
                     .GroupBy(p => (p.From, p.Commodity)).OrderBy(g => g.Key.From, StringComparer.Ordinal).ThenBy(g => g.Key.Commodity, StringComparer.Ordinal))
        {
            var commodity = Dataset.FindCommodity(group.Key.Commodity)
                ?? throw new ArgumentException($"the plan ships unknown commodity '{group.Key.Commodity}'", nameof(plan));
            var origin = net.NodeIndex(group.Key.From);
            if (origin < 0)
                throw new ArgumentException($"the plan ships from unknown node '{group.Key.From}'", nameof(plan));
            var targets = new List<TargetSpec>();
            foreach (var path in group.OrderBy(p => p.To, StringComparer.Ordinal).ThenByDescending(p => p.TonnesPerYear))
            {
                var d = Array.FindIndex(demands, x => x.Commodity == commodity.Id && x.Node == path.To);
                if (d < 0)
                    throw new ArgumentException($"the plan ships {commodity.Id} to '{path.To}', which has no demand for it", nameof(plan));
                var planned = ExpectedHours(origin, CheckedPath(path, origin, demands[d].NodeIndex));
                var via = Via(path.Arcs);
                var promised = Options.PromisedLeadTimeFactor
                    * (baseline?.Ods.FirstOrDefault(o => o.Commodity == commodity.Id && o.From == path.From && o.To == path.To && o.Via == via)?.PlannedHours
                       ?? baseline?.Ods.FirstOrDefault(o => o.Commodity == commodity.Id && o.From == path.From && o.To == path.To)?.PlannedHours
                       ?? planned);
                var od = ods.FindIndex(o => o.Commodity == commodity.Id && o.From == path.From && o.To == path.To && o.Via == via);
                if (od >= 0)
                {
                    ods[od] = ods[od] with { ReleasedTonnesPerYear = ods[od].ReleasedTonnesPerYear + path.TonnesPerYear };
                }
                else
                {
                    ods.Add(new OdSpec(commodity.Id, path.From, path.To, d, planned, promised) { ReleasedTonnesPerYear = path.TonnesPerYear, Via = via });
                    od = ods.Count - 1;
                }
                targets.Add(new TargetSpec(d, od, path.TonnesPerYear, new PlannedRoute(path.Arcs, planned)));
            }
            var total = group.Sum(p => p.TonnesPerYear);
            var lot = Options.LotTonnes ?? total / 52.0;
            var id = group.Key.From + ":" + commodity.Id;
            sources.Add(new SourceSpec(id, origin, commodity, lot, lot / total * Hours.PerYear, RandomStreams.Key("supply:" + id), targets.ToArray()));
        }
        Demands = demands;
        Ods = ods.ToArray();
        Sources = sources.ToArray();
    }

    /// <summary>The nodes where <paramref name="arcs"/> change mode, comma-separated: the route's ports, ferry terminals and transshipments.</summary>
    internal string Via(IReadOnlyList<int> arcs)
    {
        var net = Dataset.Network;
        var points = new List<string>();
        for (var i = 1; i < arcs.Count; i++)
        {
            if (net.Links[net.ArcLink[arcs[i]]].Mode != net.Links[net.ArcLink[arcs[i - 1]]].Mode)
                points.Add(net.Nodes[net.ArcTail[arcs[i]]].Id);
        }
        return string.Join(", ", points);
    }

    // The path's arcs, checked to run from the origin to the destination.
    private int[] CheckedPath(PlannedShipment path, int origin, int destination)
    {
        var net = Dataset.Network;
        var at = origin;
        foreach (var a in path.Arcs)
        {
            if (a < 0 || a >= net.ArcCount || net.ArcTail[a] != at)
                throw new ArgumentException($"the plan's path of {path.Commodity} from '{path.From}' to '{path.To}' is not a chain of arcs from its origin", nameof(path));
            at = net.ArcHead[a];
        }
        if (at != destination)
            throw new ArgumentException($"the plan's path of {path.Commodity} from '{path.From}' ends at '{net.Nodes[at].Id}', not '{path.To}'", nameof(path));
        return path.Arcs;
    }
}
