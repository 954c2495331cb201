using Caravan.Core.Assignment.Tntp;

namespace Caravan.Core.Tests.Assignment;

/// <summary>Every kind of bad TNTP input gets a problem at its file, line and column.</summary>
public sealed class TntpReaderTests
{
    private const string Net = """
        <NUMBER OF ZONES> 2
        <NUMBER OF NODES> 3
        <FIRST THRU NODE> 3
        <NUMBER OF LINKS> 3
        <END OF METADATA>

        ~	init_node	term_node	capacity	length	free_flow_time	b	power	speed	toll	link_type	;
        	1	3	100	1	2	0.15	4	0	0	1	;
        	3	2	100	1	2	0.15	4	0	0	1	;
        	1	2	50	1	5	0.15	4	0	0	1	;
        """;

    private const string Trips = """
        <NUMBER OF ZONES> 2
        <TOTAL OD FLOW> 30.0
        <END OF METADATA>

        Origin 1
            2 :   20.0;
        Origin 2
            1 :   10.0;
        """;

    [Fact]
    public void ParseNetwork_ValidFile_ReadsEveryField()
    {
        var result = TntpReader.ParseNetwork(new StringReader(Net), "net.tntp");

        Assert.True(result.Ok, string.Join('\n', result.Problems));
        var network = result.Value!;
        Assert.Equal((2, 3, 3), (network.ZoneCount, network.NodeCount, network.FirstThroughNode));
        Assert.Equal(new TntpLink(1, 3, 100, 1, 2, 0.15, 4, 0, 0, 1, 8), network.Links[0]);
        Assert.Equal(3, network.Links.Count);
    }

    [Fact]
    public void ParseTrips_ValidFile_ReadsEveryEntry()
    {
        var result = TntpReader.ParseTrips(new StringReader(Trips), "trips.tntp");

        Assert.True(result.Ok, string.Join('\n', result.Problems));
        Assert.Equal([1, 2], result.Value!.Origins);
        Assert.Equal([2, 1], result.Value.Destinations);
        Assert.Equal([20.0, 10.0], result.Value.Volumes);
        Assert.Equal(30, result.Value.DeclaredTotal);
    }

    [Theory]
    [InlineData("\t1\t3\t100\t1\t2\t0.15\t4\t0\t0\t1\t;", "\t1\t3\t100\t1\t2\t0.15\t4\t0\t0\t;", "net.tntp:8:24: missing column 'link_type'")]
    [InlineData("\t1\t3\t100\t1", "\t1\t3\t-100\t1", "net.tntp:8:6: negative capacity -100")]
    [InlineData("\t3\t2\t100", "\t3\t7\t100", "net.tntp:9:4: term_node 7 is outside 1..3")]
    [InlineData("\t1\t2\t50\t1\t5\t0.15\t4", "\t1\t2\t50\t1\t5\t0.15\t0.5", "net.tntp:10:18: power 0.5 must be 0 or at least 1")]
    [InlineData("\t1\t2\t50\t1\t5", "\t1\t2\t50\t1\tfive", "net.tntp:10:11: free_flow_time must be a number, got 'five'")]
    [InlineData("<NUMBER OF LINKS> 3", "<NUMBER OF LINKS> 4", "net.tntp:4:19: <NUMBER OF LINKS> says 4 but the file has 3 links")]
    [InlineData("<NUMBER OF ZONES> 2", "<NUMBER OF ZONES> 5", "net.tntp:1:19: 5 zones but 3 nodes: zone 4 is not a node")]
    [InlineData("<NUMBER OF NODES> 3\n", "", "net.tntp: missing metadata <NUMBER OF NODES>")]
    [InlineData("<END OF METADATA>", "", "net.tntp:10: the file ends before <END OF METADATA>")]
    [InlineData("<NUMBER OF ZONES> 2", "<NUMBER OF ZONES> two", "net.tntp:1:19: <NUMBER OF ZONES> must be a whole number, got 'two'")]
    public void ParseNetwork_BadInput_IsLocated(string original, string replacement, string expected)
    {
        var text = Net.Replace(original, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Net, text);

        var result = TntpReader.ParseNetwork(new StringReader(text), "net.tntp");

        Assert.False(result.Ok);
        Assert.Contains(result.Problems, p => p.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<TOTAL OD FLOW> 30.0", "<TOTAL OD FLOW> 31.0", "trips.tntp:2:17: the trips sum to 30 but <TOTAL OD FLOW> says 31")]
    [InlineData("    2 :   20.0;", "    3 :   20.0;", "trips.tntp:6:5: destination 3 is outside 1..2")]
    [InlineData("    2 :   20.0;", "    2 :   -20.0;", "trips.tntp:6:11: negative flow -20.0 from 1 to 2")]
    [InlineData("    2 :   20.0;", "    2    20.0;", "trips.tntp:6:10: expected 'destination : flow' after destination 2")]
    [InlineData("    2 :   20.0;", "    2 :   20.0;  2 : 1;", "trips.tntp:6:18: destination 2 is listed twice for origin 1")]
    [InlineData("Origin 2", "Origin 1", "trips.tntp:7:8: origin 1 appears twice")]
    [InlineData("Origin 1\n", "", "trips.tntp:5:5: expected 'Origin N', got '2'")]
    public void ParseTrips_BadInput_IsLocated(string original, string replacement, string expected)
    {
        var text = Trips.Replace(original, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Trips, text);

        var result = TntpReader.ParseTrips(new StringReader(text), "trips.tntp");

        Assert.False(result.Ok);
        Assert.Contains(result.Problems, p => p.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ParseTrips_TotalWithinTolerance_IsAccepted()
    {
        var text = Trips.Replace("<TOTAL OD FLOW> 30.0", "<TOTAL OD FLOW> 30.00000001", StringComparison.Ordinal);

        Assert.True(TntpReader.ParseTrips(new StringReader(text), "trips.tntp").Ok);
    }

    [Fact]
    public void Create_TripsWithOtherZoneCount_PointsAtTheTripsMetadata()
    {
        var network = TntpReader.ParseNetwork(new StringReader(Net), "net.tntp").Value!;
        var trips = TntpReader.ParseTrips(new StringReader(Trips.Replace("<NUMBER OF ZONES> 2", "<NUMBER OF ZONES> 3", StringComparison.Ordinal)), "trips.tntp").Value!;

        var result = TntpProblem.Create(network, trips);

        Assert.Equal("trips.tntp:1: <NUMBER OF ZONES> is 3 here but 2 in net.tntp", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Create_ValidFiles_MakesZonesBelowFirstThruNodeNonThrough()
    {
        var network = TntpReader.ParseNetwork(new StringReader(Net), "net.tntp").Value!;
        var trips = TntpReader.ParseTrips(new StringReader(Trips), "trips.tntp").Value!;

        var problem = TntpProblem.Create(network, trips).Value!.Problem;

        Assert.Equal([false, false, true], problem.Network.ThroughNode);
        Assert.Equal(30, problem.Classes[0].Demand.Total);
        Assert.Null(problem.Classes[0].FixedCost);
    }

    [Fact]
    public void ReadNetwork_MissingFile_SaysSo()
    {
        var result = TntpReader.ReadNetwork(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".tntp"));

        Assert.EndsWith(": file not found", Assert.Single(result.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadNetwork_FileOverTheSizeLimit_IsRefusedBeforeReading()
    {
        var result = TntpReader.ReadNetwork(TntpData.File("SiouxFalls", "SiouxFalls_net.tntp"), new TntpReadOptions { MaxFileBytes = 1000 });

        Assert.Contains("the limit is 1,000", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseNetwork_CountsOverTheLimits_AreProblemsNotAllocations()
    {
        var text = Net.Replace("<NUMBER OF NODES> 3", "<NUMBER OF NODES> 2000000000", StringComparison.Ordinal);

        var result = TntpReader.ParseNetwork(new StringReader(text), "net.tntp", new TntpReadOptions { MaxNodes = 1000 });

        Assert.Contains(result.Problems, p => p.ToString() == "net.tntp:2:19: <NUMBER OF NODES> must be between 1 and 1,000, got 2000000000");
    }

    [Fact]
    public void ParseTrips_LineLongerThanTheLimit_StopsWithAProblem()
    {
        var text = Trips + new string('9', 5000);

        var result = TntpReader.ParseTrips(new StringReader(text), "trips.tntp", new TntpReadOptions { MaxLineLength = 1000 });

        Assert.Contains(result.Problems, p => p.ToString() == "trips.tntp:8: line is longer than the limit of 1,000 characters");
    }

    [Fact]
    public void ParseFlows_MissingColumn_IsLocated()
    {
        var result = TntpReader.ParseFlows(new StringReader("From\tTo\tVolume\tCost\n1\t2\t3.5\n"), "flow.tntp");

        Assert.StartsWith("flow.tntp:2:8: missing column", Assert.Single(result.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTrips_ShippedNetworks_SumToTheirHeaders()
    {
        foreach (var (folder, prefix) in new[] { ("SiouxFalls", "SiouxFalls"), ("Anaheim", "Anaheim"), ("Barcelona", "Barcelona"), ("Winnipeg", "Winnipeg"), ("Chicago-Sketch", "ChicagoSketch") })
        {
            var trips = TntpReader.ReadTrips(TntpData.File(folder, prefix + "_trips.tntp"));
            Assert.True(trips.Ok, string.Join('\n', trips.Problems));
            Assert.Equal(trips.Value!.DeclaredTotal!.Value, trips.Value.Total, 1e-6 * trips.Value.Total);
        }
    }
}
