using System.Diagnostics;
using System.Globalization;
using Caravan.Core.Assignment;
using Caravan.Core.Assignment.Tntp;

namespace Caravan.Benchmarks.Assignment;

/// <summary>
/// Caravan's side of the assignment comparison with tap-b (benchmarks/run-assign-peers.sh runs
/// both on the same files): reads a TNTP network, then solves it to a gap with a given number of
/// threads, a few times, printing each run's solve time, iterations, gap and objective on one line.
/// <c>dotnet Caravan.Benchmarks.dll assign-peers NET TRIPS GAP THREADS [RUNS]</c>, or
/// <c>assign-peers reachable NET TRIPS OUT</c> to write the trip table without the zone pairs no
/// path joins (Austin has 1,157 such pairs: tap-b would route them over artificial links costing
/// 99,999 each, which swells its TSTT and so shrinks its relative gap; both tools get the same
/// reachable table instead).
/// </summary>
public static class AssignmentPeerComparison
{
    /// <summary>Runs the comparison; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length == 4 && args[0] == "reachable")
            return WriteReachable(args[1], args[2], args[3]);
        if (args.Length < 4)
        {
            Console.Error.WriteLine("usage: assign-peers NET TRIPS GAP THREADS [RUNS] | assign-peers reachable NET TRIPS OUT");
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

    private static int WriteReachable(string net, string trips, string output)
    {
        var loaded = TntpProblem.Read(net, trips);
        if (loaded.Value is not { } tntp)
        {
            foreach (var problem in loaded.Problems)
                Console.Error.WriteLine(problem);
            return 1;
        }
        var result = EquilibriumAssignment.Solve(tntp.Problem, new AssignmentOptions { MaxIterations = 0, SkipUnreachableDemand = true });
        var skip = result.Unreachable.Select(u => (u.OriginZone + 1, u.DestinationZone + 1)).ToHashSet();
        var t = tntp.Trips;
        var kept = Enumerable.Range(0, t.Volumes.Count).Where(e => !skip.Contains((t.Origins[e], t.Destinations[e]))).ToList();
        using var writer = new StreamWriter(output);
        writer.Write(FormattableString.Invariant($"<NUMBER OF ZONES> {t.ZoneCount}\n<TOTAL OD FLOW> {kept.Sum(e => t.Volumes[e]):R}\n<END OF METADATA>\n\n"));
        foreach (var origin in kept.GroupBy(e => t.Origins[e]))
        {
            writer.Write(FormattableString.Invariant($"\nOrigin {origin.Key}\n"));
            foreach (var e in origin)
                writer.Write(FormattableString.Invariant($"    {t.Destinations[e]} : {t.Volumes[e]:R};\n"));
        }
        Console.WriteLine(FormattableString.Invariant(
            $"{output}: {kept.Count} of {t.Volumes.Count} entries; left out {skip.Count} pairs with no path ({result.Unreachable.Sum(u => u.Volume)} trips)"));
        return 0;
    }
}
