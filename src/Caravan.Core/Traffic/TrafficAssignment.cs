using Caravan.Core.Assignment;
using Caravan.Core.Network;
using Caravan.Core.Scenarios;

namespace Caravan.Core.Traffic;

/// <summary>
/// Assigns a dataset's background freight (<c>freight.csv</c>) to its network under a scenario with
/// the equilibrium engine, and reads the loads back in the dataset's terms. Deterministic: the same
/// dataset, scenario and options give the same loads.
/// </summary>
public static class TrafficAssignment
{
    /// <summary>Assigns the freight of <paramref name="applied"/>; empty loads when it has none or <see cref="TrafficOptions.Enabled"/> is off.</summary>
    public static CorridorTraffic Assign(AppliedScenario applied, TrafficOptions? options = null,
        IProgress<AssignmentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options = (options ?? TrafficOptions.Default).Validated();
        var network = applied.Dataset.Network;
        if (!options.Enabled || applied.Dataset.Freight.Count == 0)
            return CorridorTraffic.Empty(network.ArcCount, network.Nodes.Length) with { Year = options.Year };

        var freight = FreightNetwork.Build(applied, options);
        var result = EquilibriumAssignment.Solve(freight.Problem, new AssignmentOptions
        {
            Objective = options.Objective,
            RelativeGap = options.RelativeGap,
            TimeLimit = options.TimeLimit,
            SkipUnreachableDemand = true,
            MaxDegreeOfParallelism = 1, // small network: threads cost more than they save, and one thread keeps it cheap inside a server
        }, progress, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return Read(applied, freight, result, options);
    }

    private static CorridorTraffic Read(AppliedScenario applied, FreightNetwork freight, AssignmentResult result, TrafficOptions options)
    {
        var network = applied.Dataset.Network;
        var delays = freight.Problem.Network.Delay;
        var arcLoad = new double[network.ArcCount];
        var arcDelay = new double[network.ArcCount];
        var arcValue = new double[network.ArcCount];
        var nodeLoad = new double[network.Nodes.Length];
        var nodeDelay = new double[network.Nodes.Length];
        var nodeValue = new double[network.Nodes.Length];
        var elements = new List<ElementLoad>();
        for (var a = 0; a < result.ArcFlow.Length; a++)
        {
            var transportArc = freight.TransportArcOf[a];
            var node = freight.NodeOf[a];
            if (transportArc < 0 && node < 0)
                continue;
            var delay = Math.Max(0, result.ArcTime[a] - delays[a].Time(0));
            var value = CongestionValue(freight, result, a, options);
            if (transportArc >= 0)
            {
                arcLoad[transportArc] = result.ArcFlow[a];
                arcDelay[transportArc] = delay;
                arcValue[transportArc] = value;
            }
            else
            {
                nodeLoad[node] = result.ArcFlow[a];
                nodeDelay[node] = delay;
                nodeValue[node] = value;
            }
            if (double.IsFinite(freight.Capacity[a]))
                elements.Add(Element(network, freight, result, a, delay, value));
        }
        return new CorridorTraffic
        {
            Status = result.Status,
            RelativeGap = result.RelativeGap,
            Iterations = result.Iterations,
            Elapsed = result.Elapsed,
            Year = options.Year,
            ArcLoad = arcLoad,
            ArcDelayHours = arcDelay,
            ArcCongestionValue = arcValue,
            NodeLoad = nodeLoad,
            NodeDelayHours = nodeDelay,
            NodeCongestionValue = nodeValue,
            Elements = elements.OrderByDescending(e => e.Utilisation).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray(),
            Corridors = Corridors(network, freight, result),
            Unserved = freight.Stranded.Select(f => new UnservedFreight(f.Origin, f.Destination, f.Cargo, f.QuantityIn(options.Year ?? f.Year) * options.DemandFactor))
                .Concat(result.Unreachable.Select(u => Unserved(freight, u)))
                .Concat(PricedOut(freight, result)).ToArray(),
        };
    }

    private static ElementLoad Element(TransportNetwork network, FreightNetwork freight, AssignmentResult result, int a, double delay, double value)
    {
        var (teu, tonnes) = Cargo(freight, result, a);
        var transportArc = freight.TransportArcOf[a];
        if (transportArc >= 0)
        {
            var link = network.Links[network.ArcLink[transportArc]];
            return new ElementLoad
            {
                Id = link.Id,
                Kind = SnakeCase.Name(link.Mode),
                Direction = $"{network.Nodes[network.ArcTail[transportArc]].Id} → {network.Nodes[network.ArcHead[transportArc]].Id}",
                Volume = result.ArcFlow[a],
                Capacity = freight.Capacity[a],
                DelayHours = delay,
                TeuPerYear = teu,
                TonnesPerYear = tonnes,
                CongestionValueUsdPerYear = value,
            };
        }
        var node = network.Nodes[freight.NodeOf[a]];
        return new ElementLoad
        {
            Id = node.Id,
            Kind = SnakeCase.Name(node.Kind),
            Volume = result.ArcFlow[a],
            Capacity = freight.Capacity[a],
            DelayHours = delay,
            TeuPerYear = teu,
            TonnesPerYear = tonnes,
            CongestionValueUsdPerYear = value,
        };
    }

    // Containers (TEU a year) and cargo (tonnes a year) in assignment arc a's flow.
    private static (double Teu, double Tonnes) Cargo(FreightNetwork freight, AssignmentResult result, int a)
    {
        double teu = 0, tonnes = 0;
        for (var k = 0; k < freight.Classes.Count; k++)
        {
            var units = result.ClassArcFlow[k][a] / CargoTraits.CapacityTonnesPerUnit(freight.Classes[k].Cargo) * Hours.DaysPerYear;
            if (freight.Classes[k].Cargo == CargoClass.Container)
                teu += units;
            tonnes += units * CargoTraits.CargoTonnesPerUnit(freight.Classes[k].Cargo);
        }
        return (teu, tonnes);
    }

    // The fall in total delay cost from one more t-eq/d of capacity, US$ a year: −dt/dC at the current
    // volume (a 1 % step) times what an hour costs everything passing.
    private static double CongestionValue(FreightNetwork freight, AssignmentResult result, int a, TrafficOptions options)
    {
        var capacity = freight.Capacity[a];
        if (!double.IsFinite(capacity) || capacity <= 0 || result.ArcFlow[a] <= 0)
            return 0;
        var step = capacity * 0.01;
        var wider = freight.DelayWith(a, capacity + step)!;
        var saved = (result.ArcTime[a] - wider.Time(result.ArcFlow[a])) / step; // hours per passage per t-eq/d
        var costPerHour = 0.0;
        for (var k = 0; k < freight.Classes.Count; k++)
            costPerHour += result.ClassArcFlow[k][a] * freight.Classes[k].ValueOfTimeUsdPerHourPerCapacityTonne(options);
        return Math.Max(0, saved) * costPerHour * Hours.DaysPerYear;
    }

    private static IReadOnlyList<CorridorVolume> Corridors(TransportNetwork network, FreightNetwork freight, AssignmentResult result) =>
        CorridorFamily.All.Select(family =>
        {
            double teu = 0, tonnes = 0;
            for (var t = 0; t < network.ArcCount; t++)
            {
                var a = freight.ArcOfTransportArc[t];
                if (a < 0 || !family.Crosses(network.Links[network.ArcLink[t]], network.Nodes[network.ArcTail[t]], network.Nodes[network.ArcHead[t]]))
                    continue;
                var (arcTeu, arcTonnes) = Cargo(freight, result, a);
                teu += arcTeu;
                tonnes += arcTonnes;
            }
            return new CorridorVolume(family.Id, family.Name, tonnes, teu);
        }).ToArray();

    // Freight on the lost-trade arcs, per class: trade the scenario prices out.
    private static IEnumerable<UnservedFreight> PricedOut(FreightNetwork freight, AssignmentResult result)
    {
        for (var a = 0; a < freight.LostTradeOf.Count; a++)
        {
            if (freight.LostTradeOf[a] is not { } pair)
                continue;
            for (var k = 0; k < freight.Classes.Count; k++)
            {
                var cargo = freight.Classes[k].Cargo;
                var units = result.ClassArcFlow[k][a] / CargoTraits.CapacityTonnesPerUnit(cargo) * Hours.DaysPerYear;
                if (units > 1e-6)
                    yield return new UnservedFreight(pair.Origin, pair.Destination, cargo, units) { Reason = "priced out" };
            }
        }
    }

    private static UnservedFreight Unserved(FreightNetwork freight, UnreachableDemand u)
    {
        var origin = freight.ZoneOfNode.First(z => z.Value == u.OriginZone).Key;
        var destination = freight.ZoneOfNode.First(z => z.Value == u.DestinationZone).Key;
        var cargo = freight.Classes[u.ClassIndex].Cargo;
        return new UnservedFreight(origin, destination, cargo, u.Volume / CargoTraits.CapacityTonnesPerUnit(cargo) * Hours.DaysPerYear);
    }
}
