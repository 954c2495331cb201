using Caravan.Core.Assignment.Tntp;
using Caravan.Core.Tests.Fuzz;
using Xunit.Abstractions;

namespace Caravan.Core.Tests.Assignment;

/// <summary>
/// Mutated TNTP files (tokens inserted, spans deleted or repeated up to 2,000 times, characters
/// replaced) read to a value or to problems located in the file: never a crash, a hang or unbounded
/// memory (<see cref="FuzzCampaign"/>: own thread, 20 s, 256 MB per case).
/// </summary>
public sealed class TntpFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Tokens =
        ["\t", " ", ";", ":", "~", "\n", "\r\n", "<", ">", "-1", "0", "0.5", "NaN", "1e308", "1e999", "999999999999", "Origin", "Origin 1",
         "<END OF METADATA>", "<NUMBER OF NODES> 2000000000\n", "<NUMBER OF ZONES> 0\n", "<TOTAL OD FLOW> 1\n", "\uFEFF", "\0"];

    /// <summary>Limits well below the defaults, so that repeated spans reach them.</summary>
    private static readonly TntpReadOptions Small = new() { MaxFileBytes = 200_000, MaxNodes = 10_000, MaxLinks = 10_000, MaxZones = 1_000, MaxTripEntries = 10_000, MaxLineLength = 10_000 };

    [Fact]
    public void ParseNetwork_MutatedFiles_NetworkOrLocatedProblems()
    {
        var seeds = new[] { Text("SiouxFalls", "SiouxFalls_net.tntp"), Text("Anaheim", "Anaheim_net.tntp") };
        var figures = FuzzCampaign.Run(Mutation.Of(seeds, Tokens), text => Problems(TntpReader.ParseNetwork(new StringReader(text), "net.tntp", Small)),
            p => p.File == "net.tntp");
        output.WriteLine($"TNTP network: {figures}");
    }

    [Fact]
    public void ParseTrips_MutatedFiles_TripsOrLocatedProblems()
    {
        var seeds = new[] { Text("SiouxFalls", "SiouxFalls_trips.tntp"), Text("Anaheim", "Anaheim_trips.tntp") };
        var figures = FuzzCampaign.Run(Mutation.Of(seeds, Tokens), text => Problems(TntpReader.ParseTrips(new StringReader(text), "trips.tntp", Small)),
            p => p.File == "trips.tntp");
        output.WriteLine($"TNTP trips: {figures}");
    }

    [Fact]
    public void ParseFlows_MutatedFiles_FlowsOrLocatedProblems()
    {
        var figures = FuzzCampaign.Run(Mutation.Of([Text("SiouxFalls", "SiouxFalls_flow.tntp")], Tokens),
            text => Problems(TntpReader.ParseFlows(new StringReader(text), "flow.tntp", Small)), p => p.File == "flow.tntp", ciDefault: 150);
        output.WriteLine($"TNTP flows: {figures}");
    }

    private static string Text(string network, string file) => File.ReadAllText(TntpData.File(network, file));

    /// <summary>The problems, or none on success; null (a failure of the test) if the reader gave neither.</summary>
    private static IReadOnlyList<Caravan.Core.Data.Problem>? Problems<T>(TntpResult<T> result)
        where T : class => result.Ok || result.Problems.Count > 0 ? result.Problems : null;
}
