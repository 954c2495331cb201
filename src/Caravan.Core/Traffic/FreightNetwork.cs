using Caravan.Core.Assignment;
using Caravan.Core.Network;
using Caravan.Core.Scenarios;

namespace Caravan.Core.Traffic;

/// <summary>
/// The dataset's network after a scenario, compiled for the equilibrium assignment of its background
/// freight. Every link direction a freight class may use becomes an arc (air links and mineral
/// endpoints are left out); a node with a capacity is split into an entry and an exit joined by an arc
/// that carries its queue; each place where freight starts or ends gets a zone with connectors to its
/// node. Times are hours, flows capacity-equivalent tonnes a day (t-eq/d, <see cref="CargoTraits"/>).
/// </summary>
public sealed class FreightNetwork
{
    private readonly List<Func<double, VolumeDelayFunction>?> _delayWith;

    private FreightNetwork(List<Func<double, VolumeDelayFunction>?> delayWith, AssignmentProblem problem, int[] arcOfTransportArc, int[] arcOfNode, int[] transportArcOf, int[] nodeOf,
        double[] capacity, IReadOnlyList<FreightClass> classes, Dictionary<string, int> zoneOfNode)
    {
        _delayWith = delayWith;
        Problem = problem;
        ArcOfTransportArc = arcOfTransportArc;
        ArcOfNode = arcOfNode;
        TransportArcOf = transportArcOf;
        NodeOf = nodeOf;
        Capacity = capacity;
        Classes = classes;
        ZoneOfNode = zoneOfNode;
    }

    /// <summary>The assignment problem: one class per cargo class and value of the freight rows.</summary>
    public AssignmentProblem Problem { get; }

    /// <summary>Per arc of the dataset's network: its assignment arc, or −1 where freight may not go.</summary>
    public int[] ArcOfTransportArc { get; }

    /// <summary>Per dataset node: the assignment arc of its queue, or −1 when it has no capacity (or is closed).</summary>
    public int[] ArcOfNode { get; }

    /// <summary>Per assignment arc: the dataset arc it stands for, or −1 (a node's queue, a connector).</summary>
    public int[] TransportArcOf { get; }

    /// <summary>Per assignment arc: the dataset node whose queue it is, or −1.</summary>
    public int[] NodeOf { get; }

    /// <summary>Per assignment arc: its capacity left by the scenario, t-eq/d; +∞ when unlimited.</summary>
    public double[] Capacity { get; }

    /// <summary>The freight classes, in the problem's order.</summary>
    public IReadOnlyList<FreightClass> Classes { get; }

    /// <summary>Freight rows whose origin or destination the scenario removed: they cannot move at all.</summary>
    public IReadOnlyList<FreightFlow> Stranded { get; private init; } = [];

    /// <summary>The zone of each dataset node where freight starts or ends.</summary>
    public IReadOnlyDictionary<string, int> ZoneOfNode { get; }

    /// <summary>Arc <paramref name="arc"/>'s volume–delay function with another capacity (t-eq/d); null for an arc without capacity.</summary>
    public VolumeDelayFunction? DelayWith(int arc, double capacity) => _delayWith[arc]?.Invoke(capacity);

    /// <summary>Per assignment arc: the (origin, destination) whose trade it stands for when it is a lost-trade arc, else null.</summary>
    public IReadOnlyList<(string Origin, string Destination)?> LostTradeOf { get; private init; } = [];

    /// <summary>
    /// Compiles the network and demand of <paramref name="applied"/> for <paramref name="options"/>. With
    /// <see cref="TrafficOptions.LostTradeShareOfValue"/>, each origin–destination pair also gets a
    /// lost-trade arc: taking it means the trade does not happen, at the price where it stops (its cheapest
    /// cost before the scenario plus that share of its value) — the excess-demand form of elastic demand
    /// (Gartner 1980), with a constant price.
    /// </summary>
    public static FreightNetwork Build(AppliedScenario applied, TrafficOptions options)
    {
        options.Validated();
        return Compile(applied, options, options.LostTradeShareOfValue is not null ? ReferenceCosts(applied, options) : null, options.LostTradeShareOfValue ?? 0);
    }

    // Each class's cheapest cost (hours at free flow) between the zones of its trades on the network before the scenario.
    private static Dictionary<(int Class, string Origin, string Destination), double> ReferenceCosts(AppliedScenario applied, TrafficOptions options)
    {
        var before = Compile(AppliedScenario.None(applied.Before), options, null, 0);
        var result = new Dictionary<(int, string, string), double>();
        var network = before.Problem.Network;
        for (var k = 0; k < before.Classes.Count; k++)
        {
            var travelClass = before.Problem.Classes[k];
            foreach (var origin in before.Classes[k].Flows.Select(f => f.Origin).Distinct(StringComparer.Ordinal))
            {
                if (!before.ZoneOfNode.TryGetValue(origin, out var zone))
                    continue;
                var cost = FreeFlowCosts(network, travelClass, network.ZoneNodes[zone]);
                foreach (var flow in before.Classes[k].Flows.Where(f => f.Origin == origin))
                {
                    if (before.ZoneOfNode.TryGetValue(flow.Destination, out var to))
                        result[(k, origin, flow.Destination)] = cost[network.ZoneNodes[to]];
                }
            }
        }
        return result;
    }

    // Dijkstra at free flow with the class's fixed costs; zones other than the origin are not passed through.
    private static double[] FreeFlowCosts(AssignmentNetwork network, TravelClass travelClass, int origin)
    {
        var cost = new double[network.NodeCount];
        Array.Fill(cost, double.PositiveInfinity);
        cost[origin] = 0;
        var queue = new PriorityQueue<int, double>();
        queue.Enqueue(origin, 0);
        while (queue.TryDequeue(out var node, out var at))
        {
            if (at > cost[node] || (node != origin && !network.ThroughNode[node]))
                continue;
            for (var i = network.FirstOut[node]; i < network.FirstOut[node + 1]; i++)
            {
                var a = network.OutArcs[i];
                if (travelClass.AllowedArcs is { } allowed && !allowed[a])
                    continue;
                var next = at + network.Delay[a].Time(0) + (travelClass.FixedCost?[a] ?? 0);
                if (next < cost[network.ArcHead[a]])
                {
                    cost[network.ArcHead[a]] = next;
                    queue.Enqueue(network.ArcHead[a], next);
                }
            }
        }
        return cost;
    }

    private static FreightNetwork Compile(AppliedScenario applied, TrafficOptions options,
        Dictionary<(int Class, string Origin, string Destination), double>? reference, double share)
    {
        var dataset = applied.Dataset;
        var network = dataset.Network;
        var nodes = network.Nodes;
        var flows = dataset.Freight;

        // Dense numbering: dataset nodes first, then the exits of split nodes, then zones.
        var exitOf = Enumerable.Range(0, nodes.Length).ToArray();
        var nodeCapacity = new double[nodes.Length];
        var count = nodes.Length;
        for (var v = 0; v < nodes.Length; v++)
        {
            nodeCapacity[v] = CapacityLeft(nodes[v].Capacity, AvailableShare.Of(applied, nodes[v], 0, Hours.DaysPerYear));
            if (!nodes[v].IsEndpoint && double.IsFinite(nodeCapacity[v]))
                exitOf[v] = count++;
        }
        var zoneNodes = flows.SelectMany(f => new[] { f.Origin, f.Destination }).Distinct(StringComparer.Ordinal)
            .Where(id => network.NodeIndex(id) >= 0).ToArray();
        var zoneBase = count;
        count += zoneNodes.Length;

        var builder = new AssignmentNetworkBuilder(count);
        var transportArcOf = new List<int>();
        var nodeOf = new List<int>();
        var capacity = new List<double>();
        var moneyPerTonne = new List<double>();
        var modes = new List<Mode?>();
        var ends = new List<(int Tail, int Head)>();
        var delayWith = new List<Func<double, VolumeDelayFunction>?>();
        void Add(int from, int to, Func<double, VolumeDelayFunction> delay, int transportArc, int node, double cap, double money, Mode? mode,
            (int Tail, int Head) datasetEnds)
        {
            ends.Add(datasetEnds);
            builder.AddArc(from, to, delay(cap));
            delayWith.Add(double.IsFinite(cap) ? delay : null);
            transportArcOf.Add(transportArc);
            nodeOf.Add(node);
            capacity.Add(cap);
            moneyPerTonne.Add(money);
            modes.Add(mode);
        }

        var arcOfNode = Enumerable.Repeat(-1, nodes.Length).ToArray();
        for (var v = 0; v < nodes.Length; v++)
        {
            if (exitOf[v] == v || nodeCapacity[v] <= 0)
                continue;
            var customer = nodes[v].Kind == NodeKind.Port ? options.VesselCallTonnes : options.TrainTonnes;
            arcOfNode[v] = transportArcOf.Count;
            Add(v, exitOf[v], c => Queue(0, c, customer, options), -1, v, nodeCapacity[v], 0, null, (v, v));
        }

        var arcOfTransportArc = Enumerable.Repeat(-1, network.ArcCount).ToArray();
        for (var a = 0; a < network.ArcCount; a++)
        {
            var link = network.Links[network.ArcLink[a]];
            var tail = network.ArcTail[a];
            var head = network.ArcHead[a];
            if (link.Mode == Mode.Air || nodes[tail].IsEndpoint || nodes[head].IsEndpoint)
                continue;
            var cap = CapacityLeft(link.Capacity, AvailableShare.Of(applied, link, 0, Hours.DaysPerYear));
            if (cap <= 0 || (exitOf[head] != head && nodeCapacity[head] <= 0) || (exitOf[tail] != tail && nodeCapacity[tail] <= 0))
                continue;
            var headNode = nodes[head];
            var freeFlow = link.TransitTimeHours.Mean + link.MeanDepartureWaitHours + headNode.HandlingTimeHours.Mean + headNode.DwellHours.Mean;
            Func<double, VolumeDelayFunction> delay = c => !double.IsFinite(c) ? Constant(freeFlow)
                : link.Mode == Mode.Ferry ? Queue(freeFlow, c, options.VesselCallTonnes, options)
                : new BprFunction(freeFlow, options.BprAlpha, options.BprBeta, c);
            arcOfTransportArc[a] = transportArcOf.Count;
            Add(exitOf[tail], head, delay, a, -1, cap, link.CostUsdPerTonne + headNode.HandlingCostUsdPerTonne + headNode.FeesUsdPerTonne, link.Mode, (tail, head));
        }

        var zoneOfNode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var z = 0; z < zoneNodes.Length; z++)
        {
            var v = network.NodeIndex(zoneNodes[z]);
            var zone = zoneBase + z;
            zoneOfNode[zoneNodes[z]] = builder.AddZone(zone, throughNode: false);
            // Leaving pays the node's handling once; arriving already paid it on the way in.
            var leave = nodes[v].HandlingCostUsdPerTonne + nodes[v].FeesUsdPerTonne;
            Add(zone, v, _ => Constant(nodes[v].HandlingTimeHours.Mean), -1, -1, double.PositiveInfinity, leave, null, (v, v));
            Add(exitOf[v], zone, _ => Constant(0), -1, -1, double.PositiveInfinity, 0, null, (v, v));
        }

        // Lost-trade arcs, zone to zone: priced per class below.
        var lostTrade = new Dictionary<int, (string Origin, string Destination)>();
        if (reference is not null)
        {
            foreach (var (o, d) in flows.Select(f => (f.Origin, f.Destination)).Distinct().Where(p => zoneOfNode.ContainsKey(p.Origin) && zoneOfNode.ContainsKey(p.Destination)))
            {
                lostTrade[transportArcOf.Count] = (o, d);
                Add(zoneBase + zoneOfNode[o], zoneBase + zoneOfNode[d], _ => Constant(0), -1, -1, double.PositiveInfinity, 0, null,
                    (network.NodeIndex(o), network.NodeIndex(d)));
            }
        }

        var compiled = builder.Build();
        var classes = FreightClass.Of(flows);
        // A trade stops where it would cost `share` of its value more than before the scenario: in a
        // class's hours that is share × value / (value × rate / 8,760 h), the same for every class.
        var slackHours = share * Hours.PerYear / Math.Max(options.CarryingRatePerYear, 1e-9);
        var travelClasses = classes.Select((c, k) => new TravelClass(c.Name, Demand(c, zoneOfNode, zoneNodes.Length, options))
        {
            FixedCost = moneyPerTonne.Select((m, i) => lostTrade.TryGetValue(i, out var pair)
                ? (reference!.TryGetValue((k, pair.Origin, pair.Destination), out var was) && double.IsFinite(was) ? was : 0) + slackHours
                : m * c.CargoTonnesPerCapacityTonne / c.ValueOfTimeUsdPerHourPerCapacityTonne(options)).ToArray(),
            AllowedArcs = modes.Select((m, i) => lostTrade.ContainsKey(i) || ((m is not { } mode || CargoTraits.MayUse(c.Cargo, mode))
                && nodes[ends[i].Tail].Handles(c.Cargo) && nodes[ends[i].Head].Handles(c.Cargo))).ToArray(),
        }).ToArray();
        return new FreightNetwork(delayWith, new AssignmentProblem(compiled, travelClasses), arcOfTransportArc, arcOfNode,
            [.. transportArcOf], [.. nodeOf], [.. capacity], classes, zoneOfNode)
        {
            Stranded = flows.Where(f => !zoneOfNode.ContainsKey(f.Origin) || !zoneOfNode.ContainsKey(f.Destination)).ToArray(),
            LostTradeOf = Enumerable.Range(0, transportArcOf.Count).Select(i => lostTrade.TryGetValue(i, out var p) ? p : ((string, string)?)null).ToArray(),
        };
    }

    // Capacity in t-eq a day after the scenario: +∞ when the element has none, 0 when it is shut all year.
    private static double CapacityLeft(Capacity? capacity, double share) =>
        share <= 0 ? 0 : capacity is { } c ? CargoTraits.CapacityTonnes(c) * share : double.PositiveInfinity;

    private static BprFunction Constant(double hours) => new(hours, 0, 1, double.PositiveInfinity);

    private static QueueDelayFunction Queue(double freeFlow, double capacityPerDay, double customerTonnes, TrafficOptions options) =>
        new(freeFlow, capacityPerDay, capacityPerDay / customerTonnes / Hours.PerDay, options.QueuePeriodHours, options.QueueDelayParameter);

    private static DemandMatrix Demand(FreightClass freightClass, Dictionary<string, int> zoneOfNode, int zones, TrafficOptions options) =>
        new(zones, freightClass.Flows.Where(f => zoneOfNode.ContainsKey(f.Origin) && zoneOfNode.ContainsKey(f.Destination)).Select(f => (zoneOfNode[f.Origin], zoneOfNode[f.Destination],
            f.QuantityIn(options.Year ?? f.Year) * options.DemandFactor * CargoTraits.CapacityTonnesPerUnit(f.Cargo) / Hours.DaysPerYear)));
}
