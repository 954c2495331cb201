using System.Globalization;
using Caravan.Core.Assignment;
using Caravan.Core.Assignment.Tntp;

namespace Caravan.Core.Tests.Assignment;

/// <summary>
/// The engine on the field's standard networks (shipped in Data/): Sioux Falls against its
/// best-known flows, the others to a relative gap of 1e-6.
/// </summary>
public sealed class TntpValidationTests
{
    /// <summary>The repository README's best-known objective, 42.31335287107440, in this network's units (×10⁵; tap-b reports 4231335.28710744).</summary>
    private const double SiouxFallsObjective = 4_231_335.287107440;

    [Fact]
    public void Solve_SiouxFalls_MatchesBestKnownFlowsAndObjective()
    {
        var tntp = TntpData.Load("SiouxFalls", "SiouxFalls");
        var known = TntpReader.ReadFlows(TntpData.File("SiouxFalls", "SiouxFalls_flow.tntp"));
        Assert.True(known.Ok, string.Join('\n', known.Problems));

        var result = EquilibriumAssignment.Solve(tntp.Problem, new AssignmentOptions { RelativeGap = 1e-10 });

        Assert.Equal(AssignmentStatus.Converged, result.Status);
        Assert.Equal(SiouxFallsObjective, result.ObjectiveValue, 1e-6 * SiouxFallsObjective);
        Assert.Equal(tntp.Network.Links.Count, known.Value!.Rows.Count);
        for (var i = 0; i < known.Value.Rows.Count; i++)
        {
            var row = known.Value.Rows[i];
            Assert.Equal((tntp.Network.Links[i].From, tntp.Network.Links[i].To), (row.From, row.To));
            var error = Math.Abs(result.ArcFlow[i] - row.Volume) / row.Volume;
            Assert.True(error <= 1e-3, $"link {row.From}→{row.To}: {result.ArcFlow[i]} against {row.Volume} ({error:P3})");
            Assert.Equal(row.Cost, result.ArcTime[i], 1e-3 * row.Cost);
        }
    }

    [Theory]
    [InlineData("SiouxFalls", "SiouxFalls")]
    [InlineData("Anaheim", "Anaheim")]
    [InlineData("Barcelona", "Barcelona")]
    [InlineData("Winnipeg", "Winnipeg")]
    [InlineData("Chicago-Sketch", "ChicagoSketch")]
    public void Solve_StandardNetwork_ReachesGapOneInAMillion(string folder, string prefix)
    {
        var tntp = TntpData.Load(folder, prefix);

        var result = EquilibriumAssignment.Solve(tntp.Problem, new AssignmentOptions { RelativeGap = 1e-6, TimeLimit = TimeSpan.FromSeconds(60) });

        Assert.Equal(AssignmentStatus.Converged, result.Status);
        Assert.InRange(result.RelativeGap, 0, 1e-6);
        // Every trip is loaded: flow out of each origin zone's node equals its demand (none of these networks has a loop at a zone).
        var network = tntp.Problem.Network;
        var demand = tntp.Problem.Classes[0].Demand;
        for (var z = 0; z < network.ZoneCount; z++)
        {
            var node = network.ZoneNodes[z];
            var outFlow = 0.0;
            var inFlow = 0.0;
            for (var a = 0; a < network.ArcCount; a++)
            {
                if (network.ArcTail[a] == node)
                    outFlow += result.ArcFlow[a];
                if (network.ArcHead[a] == node)
                    inFlow += result.ArcFlow[a];
            }
            var arriving = Enumerable.Range(0, network.ZoneCount).Sum(o => Volume(demand, o, z));
            Assert.Equal(demand.OriginTotal(z) - arriving, outFlow - inFlow, 1e-6 * Math.Max(1, demand.Total));
        }
    }

    [Fact]
    public void Solve_ChicagoSketch_GeneralisedCostCountsDistance()
    {
        // Chicago-Sketch prices distance at 0.04 min/mile: the class's fixed cost is 0.04 × length.
        var tntp = TntpData.Load("Chicago-Sketch", "ChicagoSketch");
        var link = tntp.Network.Links[0];

        Assert.Equal(0.04, tntp.Network.DistanceFactor);
        Assert.Equal(0.04 * link.Length, tntp.Problem.Classes[0].FixedCost![0], 12);
        Assert.Equal(0.02, tntp.Network.TollFactor);
    }

    private static double Volume(DemandMatrix demand, int origin, int destination)
    {
        var destinations = demand.Destinations(origin);
        var index = destinations.IndexOf(destination);
        return index < 0 ? 0 : demand.Volumes(origin)[index];
    }

    [Fact]
    public void WriteFlows_SiouxFalls_ReadsBackAsTheSameFlowsInFileOrder()
    {
        var tntp = TntpData.Load("SiouxFalls", "SiouxFalls");
        var result = EquilibriumAssignment.Solve(tntp.Problem, new AssignmentOptions { RelativeGap = 1e-8 });
        var writer = new StringWriter(CultureInfo.InvariantCulture);

        tntp.WriteFlows(writer, result);
        var back = TntpReader.ParseFlows(new StringReader(writer.ToString()), "written");

        Assert.True(back.Ok, string.Join('\n', back.Problems));
        Assert.Equal(76, back.Value!.Rows.Count);
        for (var i = 0; i < 76; i++)
        {
            Assert.Equal(tntp.Network.Links[i].From, back.Value.Rows[i].From);
            Assert.Equal(result.ArcFlow[i], back.Value.Rows[i].Volume);
            Assert.Equal(result.ArcTime[i], back.Value.Rows[i].Cost);
        }
    }
}
