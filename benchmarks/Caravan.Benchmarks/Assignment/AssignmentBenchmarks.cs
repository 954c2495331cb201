using BenchmarkDotNet.Attributes;
using Caravan.Core.Assignment;
using Caravan.Core.Assignment.Tntp;

namespace Caravan.Benchmarks.Assignment;

/// <summary>
/// Equilibrium assignment on TNTP networks shipped with the tests (Sioux Falls, Anaheim): reading
/// both files, and Algorithm B to a relative gap of 1e-6 on one and two threads. The peer
/// comparison with tap-b on Chicago-Sketch and Austin is benchmarks/run-assign-peers.sh.
/// </summary>
[MemoryDiagnoser]
public class AssignmentBenchmarks
{
    private TntpProblem _problem = null!;

    /// <summary>The network.</summary>
    [Params("SiouxFalls", "Anaheim")]
    public string Network { get; set; } = "SiouxFalls";

    /// <summary>Threads for the parallel phases.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Reads the files once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var result = TntpProblem.Read(NetFile, TripsFile);
        _problem = result.Value ?? throw new InvalidOperationException(string.Join('\n', result.Problems));
    }

    /// <summary>Reads the network and trip table and builds the problem.</summary>
    [Benchmark]
    public TntpProblem? Read() => TntpProblem.Read(NetFile, TripsFile).Value;

    /// <summary>Solves to a relative gap of 1e-6.</summary>
    [Benchmark]
    public AssignmentResult Solve() =>
        EquilibriumAssignment.Solve(_problem.Problem, new AssignmentOptions { RelativeGap = 1e-6, MaxDegreeOfParallelism = Threads });

    private string NetFile => Path.Combine(Folder, Network, Network + "_net.tntp");

    private string TripsFile => Path.Combine(Folder, Network, Network + "_trips.tntp");

    /// <summary>The tests' TNTP folder, found above the running assembly (BenchmarkDotNet runs it from a generated folder).</summary>
    private static string Folder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Caravan.slnx")))
                directory = directory.Parent;
            return directory is null
                ? throw new InvalidOperationException("Caravan.slnx not found above the benchmark; run it from the repository")
                : Path.Combine(directory.FullName, "tests", "Caravan.Core.Tests", "Assignment", "Data");
        }
    }
}
