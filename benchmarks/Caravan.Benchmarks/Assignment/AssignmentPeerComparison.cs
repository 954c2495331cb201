using System.Diagnostics;
using System.Globalization;
using Caravan.Core.Assignment;
using Caravan.Core.Assignment.Tntp;

namespace Caravan.Benchmarks.Assignment;

/// <summary>
/// Caravan's side of the assignment comparison with tap-b (benchmarks/run-assign-peers.sh runs
/// both on the same files): reads a TNTP network, then solves it to a gap with a given number of
/// threads, a few times, printing each run's solve time, iterations, gap and objective on one line.
/// <c>dotnet Caravan.Benchmarks.dll assign-peers NET TRIPS GAP THREADS [RUNS]</c>
/// </summary>
public static class AssignmentPeerComparison
{
    /// <summary>Runs the comparison; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length < 4)
        {
            Console.Error.WriteLine("usage: assign-peers NET TRIPS GAP THREADS [RUNS]");
            return 2;
        }
        var gap = double.Parse(args[2], CultureInfo.InvariantCulture);
        var threads = int.Parse(args[3], CultureInfo.InvariantCulture);
        var runs = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 3;
        var read = Stopwatch.StartNew();
        var loaded = TntpProblem.Read(args[0], args[1]);
        if (loaded.Value is not { } tntp)
        {
            foreach (var problem in loaded.Problems)
                Console.Error.WriteLine(problem);
            return 1;
        }
        var network = tntp.Problem.Network;
        Console.WriteLine(FormattableString.Invariant(
            $"read {read.Elapsed.TotalSeconds:0.000} s: {network.ZoneCount} zones, {network.NodeCount} nodes, {network.ArcCount} links"));
        for (var run = 1; run <= runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var result = EquilibriumAssignment.Solve(tntp.Problem, new AssignmentOptions { RelativeGap = gap, MaxDegreeOfParallelism = threads, SkipUnreachableDemand = true });
            if (run == 1 && result.Unreachable.Count > 0)
                Console.WriteLine(FormattableString.Invariant($"{result.Unreachable.Count} pairs ({result.Unreachable.Sum(u => u.Volume)} trips) have no path and are left out"));
            Console.WriteLine(FormattableString.Invariant(
                $"caravan run {run}: threads {threads} solve {result.Elapsed.TotalSeconds:0.000} s (cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.000} s), {result.Iterations} iterations, gap {result.RelativeGap:0.000E+0}, objective {result.ObjectiveValue:R}, status {result.Status}"));
        }
        return 0;
    }
}
