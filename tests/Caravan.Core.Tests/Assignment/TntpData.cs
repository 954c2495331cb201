using Caravan.Core.Assignment.Tntp;

namespace Caravan.Core.Tests.Assignment;

/// <summary>The TNTP networks shipped with the tests (Data/README.md says where they come from).</summary>
internal static class TntpData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Assignment", "Data");

    public static string File(string network, string name) => Path.Combine(Folder, network, name);

    /// <summary>Reads a shipped network and its trips; fails the test on any problem.</summary>
    public static TntpProblem Load(string network, string prefix)
    {
        var result = TntpProblem.Read(File(network, prefix + "_net.tntp"), File(network, prefix + "_trips.tntp"));
        Assert.True(result.Ok, string.Join('\n', result.Problems));
        return result.Value!;
    }
}
