using Caravan.Core.Data;

namespace Caravan.Core.Assignment.Tntp;

/// <summary>
/// A TNTP network and trip table as one single-class assignment problem: node k of the file is
/// node k−1, zone k is node k−1, link i is arc i (so results come back in the net file's order),
/// nodes numbered below <c>&lt;FIRST THRU NODE&gt;</c> do not carry traffic through, each arc's
/// time is the file's BPR function, and the class's fixed cost is
/// <c>toll factor · toll + distance factor · length</c>.
/// </summary>
public sealed class TntpProblem
{
    private TntpProblem(TntpNetwork network, TntpTrips trips, AssignmentProblem problem)
    {
        Network = network;
        Trips = trips;
        Problem = problem;
    }

    /// <summary>The network file.</summary>
    public TntpNetwork Network { get; }

    /// <summary>The trip table.</summary>
    public TntpTrips Trips { get; }

    /// <summary>The assignment problem.</summary>
    public AssignmentProblem Problem { get; }

    /// <summary>Reads both files and builds the problem; every problem of either file, or of the two together, is returned located.</summary>
    public static TntpResult<TntpProblem> Read(string networkPath, string tripsPath, TntpReadOptions? options = null)
    {
        var network = TntpReader.ReadNetwork(networkPath, options);
        var trips = TntpReader.ReadTrips(tripsPath, options);
        if (network.Value is null || trips.Value is null)
            return new TntpResult<TntpProblem>(null, [.. network.Problems, .. trips.Problems]);
        return Create(network.Value, trips.Value);
    }

    /// <summary>Builds the problem from files already read; the zone counts must agree.</summary>
    public static TntpResult<TntpProblem> Create(TntpNetwork network, TntpTrips trips)
    {
        var problems = new List<Problem>();
        if (trips.ZoneCount != network.ZoneCount)
        {
            problems.Add(new Problem(trips.File, trips.ZoneCountLine, 0,
                $"<NUMBER OF ZONES> is {trips.ZoneCount} here but {network.ZoneCount} in {network.File}"));
            return new TntpResult<TntpProblem>(null, problems);
        }
        var builder = new AssignmentNetworkBuilder(network.NodeCount);
        var fixedCost = new double[network.Links.Count];
        var any = false;
        for (var i = 0; i < network.Links.Count; i++)
        {
            var link = network.Links[i];
            BprFunction delay;
            try
            {
                delay = new BprFunction(link.FreeFlowTime, link.B, link.Power, link.Capacity > 0 ? link.Capacity : double.PositiveInfinity);
            }
            catch (ArgumentOutOfRangeException e)
            {
                problems.Add(new Problem(network.File, link.Line, 0, $"link {link.From}→{link.To}: {FirstSentence(e.Message)}"));
                continue;
            }
            builder.AddArc(link.From - 1, link.To - 1, delay);
            fixedCost[i] = network.TollFactor * link.Toll + network.DistanceFactor * link.Length;
            any |= fixedCost[i] != 0;
        }
        if (problems.Count > 0)
            return new TntpResult<TntpProblem>(null, problems);
        for (var z = 0; z < network.ZoneCount; z++)
            builder.AddZone(z, throughNode: z + 1 >= network.FirstThroughNode);
        var demand = new DemandMatrix(network.ZoneCount,
            Enumerable.Range(0, trips.Volumes.Count).Select(e => (trips.Origins[e] - 1, trips.Destinations[e] - 1, trips.Volumes[e])));
        var problem = AssignmentProblem.SingleClass(builder.Build(), demand, any ? fixedCost : null);
        return new TntpResult<TntpProblem>(new TntpProblem(network, trips, problem), []);
    }

    /// <summary>Writes the TNTP flow format: a <c>From To Volume Cost</c> header, then one line per link in the net file's order; cost is the link's generalised cost at its flow.</summary>
    public void WriteFlows(TextWriter writer, AssignmentResult result)
    {
        writer.Write("From\tTo\tVolume\tCost\n");
        for (var i = 0; i < Network.Links.Count; i++)
        {
            var link = Network.Links[i];
            var cost = result.ClassArcCost[0][i];
            writer.Write(FormattableString.Invariant($"{link.From}\t{link.To}\t{result.ArcFlow[i]:R}\t{cost:R}\n"));
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }
}
