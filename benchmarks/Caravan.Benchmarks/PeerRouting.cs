using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Caravan.Core.Routing;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;

namespace Caravan.Benchmarks;

/// <summary>
/// Side-by-side routing on one seeded grid: Caravan's Dijkstra and Yen, QuikGraph's Dijkstra and
/// Yen in-process, and NetworkX through <c>nx_dij.py</c> on the same edge list. Prints a Markdown
/// table of times and ratios. Usage: <c>peers-routing [nodes] [path/to/nx_dij.py] [--no-quikgraph-yen]
/// [--caravan-only] [--runs N]</c>.
/// </summary>
public static partial class PeerRouting
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly int[] Sources = [0, 12345, 99999];

    public static int Run(string[] args)
    {
        var nodes = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 250_000;
        var script = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : "/work/shared/peers/nx_dij.py";
        var caravanOnly = args.Contains("--caravan-only");
        var quikYen = !args.Contains("--no-quikgraph-yen") && !caravanOnly;
        var runsAt = Array.IndexOf(args, "--runs");
        var runs = runsAt >= 0 && runsAt + 1 < args.Length ? int.Parse(args[runsAt + 1], Inv) : 5;
        var grid = SyntheticGrid.Build(nodes);
        var graph = grid.ToSearchGraph();
        var dijkstra = new Dijkstra(graph);
        var rows = new List<(string Query, double Caravan, double? Quik, double? Nx, string Check)>();
        Console.WriteLine($"grid {grid.Side}×{grid.Side} = {grid.NodeCount:N0} nodes, {grid.Head.Length:N0} arcs, seed 42");

        // Caravan
        var all = new Dictionary<int, double>();
        foreach (var s in Sources.Where(s => s < grid.NodeCount))
            all[s] = Median(() => dijkstra.AllFrom(s), runs);
        var oneToOne = Median(() => dijkstra.Path(new SearchStart(0), grid.NodeCount - 1), runs);
        var cornerDistance = dijkstra.Path(new SearchStart(0), grid.NodeCount - 1)!.Value.Weight;
        List<int[]> kPaths = [];
        var target = Math.Min(5000, grid.NodeCount - 1);
        var yen = Median(() => kPaths = YenKShortest.Run(new PlainPathSearch(graph, dijkstra, 0, target), 10, 1.0).Paths, Math.Min(runs, 3));
        var kCosts = kPaths.Select(p => p.Sum(a => grid.Weight[a])).ToList();

        // QuikGraph
        var quikAll = new Dictionary<int, double>();
        double? quikYenMs = null;
        var quikYenCosts = new List<double>();
        var nx = new NetworkXTimes("not run", [], null, null, null, []);
        if (!caravanOnly)
            (quikAll, quikYenMs, quikYenCosts, nx) = Peers(grid, all.Keys, target, quikYen, script);

        foreach (var s in all.Keys)
            rows.Add(($"one-to-all Dijkstra from {s}", all[s], quikAll.TryGetValue(s, out var q) ? q : null, nx.OneToAll.TryGetValue(s, out var x) ? x : null, ""));
        rows.Add(("one-to-one corner to corner (NetworkX: bidirectional)", oneToOne, null, nx.Bidirectional,
            nx.CornerDistance is { } cd ? (Math.Abs(cd - cornerDistance) < 1e-6 ? "same distance" : $"DIFFERENT: {cd} vs {cornerDistance}") : ""));
        rows.Add(($"k=10 shortest loopless paths 0→{target} (Yen)", yen, quikYenMs, nx.KShortest,
            nx.KCosts.Count > 0 ? (nx.KCosts.SequenceEqual(kCosts) ? "same 10 costs" : $"costs differ: nx {string.Join(",", nx.KCosts)} vs {string.Join(",", kCosts)}")
            : quikYenCosts.Count > 0 ? (quikYenCosts.SequenceEqual(kCosts) ? "same costs as QuikGraph" : "costs differ from QuikGraph") : ""));

        var table = new StringBuilder();
        table.AppendLine(Inv, $"Grid {grid.NodeCount:N0} nodes, {grid.Head.Length:N0} arcs (seed 42); NetworkX {nx.Version}; times in ms (Caravan: median of {runs} runs after warm-up).");
        table.AppendLine();
        table.AppendLine("| query | Caravan ms | QuikGraph ms | NetworkX ms | × QuikGraph | × NetworkX | check |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var r in rows)
        {
            table.AppendLine(Inv, $"| {r.Query} | {r.Caravan:N1} | {Fmt(r.Quik)} | {Fmt(r.Nx)} | {Ratio(r.Quik, r.Caravan)} | {Ratio(r.Nx, r.Caravan)} | {r.Check} |");
        }
        Console.WriteLine(table.ToString());
        return 0;
    }

    private static (Dictionary<int, double>, double?, List<double>, NetworkXTimes) Peers(SyntheticGrid grid, IEnumerable<int> sources, int target, bool quikYen, string script)
    {
        var qg = new AdjacencyGraph<int, EquatableTaggedEdge<int, double>>(allowParallelEdges: false, grid.NodeCount);
        qg.AddVertexRange(Enumerable.Range(0, grid.NodeCount));
        for (var a = 0; a < grid.Head.Length; a++)
            qg.AddEdge(new EquatableTaggedEdge<int, double>(grid.Tail[a], grid.Head[a], grid.Weight[a]));
        var quikAll = new Dictionary<int, double>();
        foreach (var s in sources)
        {
            quikAll[s] = Median(() =>
            {
                var algo = new DijkstraShortestPathAlgorithm<int, EquatableTaggedEdge<int, double>>(qg, e => e.Tag);
                algo.Compute(s);
                return algo;
            }, runs: 3);
        }
        double? quikYenMs = null;
        var quikYenCosts = new List<double>();
        if (quikYen)
        {
            quikYenMs = Median(() =>
            {
                var algo = new YenShortestPathsAlgorithm<int>(qg, 0, target, 10);
                quikYenCosts = algo.Execute().Select(p => p.Sum(e => e.Tag)).ToList();
                return algo;
            }, runs: 1);
        }

        // NetworkX
        var edgeList = Path.Combine(Path.GetTempPath(), $"caravan-grid-{grid.NodeCount}.txt");
        grid.WriteEdgeList(edgeList);
        var nx = RunNetworkX(script, edgeList);
        File.Delete(edgeList);

        return (quikAll, quikYenMs, quikYenCosts, nx);
    }

    private static string Fmt(double? ms) => ms is { } v ? v.ToString("N1", Inv) : "–";

    private static string Ratio(double? peer, double caravan) => peer is { } p ? (p / caravan).ToString("N1", Inv) + "×" : "–";

    // Milliseconds, median of the timed runs after one untimed warm-up run.
    private static double Median<T>(Func<T> action, int runs = 5)
    {
        GC.KeepAlive(action());
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private sealed record NetworkXTimes(string Version, Dictionary<int, double> OneToAll, double? Bidirectional, double? CornerDistance, double? KShortest, List<double> KCosts);

    private static NetworkXTimes RunNetworkX(string script, string edgeList)
    {
        var empty = new NetworkXTimes("not run", [], null, null, null, []);
        if (!File.Exists(script) || !File.Exists("/usr/bin/python3"))
            return empty;
        var start = new ProcessStartInfo("/usr/bin/python3", [script, edgeList]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.WriteLine($"NetworkX failed: {process.StandardError.ReadToEnd().Trim().Split('\n')[^1]}");
            return empty;
        }
        Console.Write(output);
        var oneToAll = OneToAllLine().Matches(output).ToDictionary(m => int.Parse(m.Groups[2].Value, Inv), m => double.Parse(m.Groups[3].Value, Inv));
        var version = OneToAllLine().Match(output) is { Success: true } v ? v.Groups[1].Value : "?";
        var bi = BidirectionalLine().Match(output);
        var k = KLine().Match(output);
        return new NetworkXTimes(version, oneToAll,
            bi.Success ? double.Parse(bi.Groups[1].Value, Inv) : null,
            bi.Success ? double.Parse(bi.Groups[2].Value, Inv) : null,
            k.Success ? double.Parse(k.Groups[1].Value, Inv) : null,
            k.Success ? k.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries).Select(x => double.Parse(x, Inv)).ToList() : []);
    }

    [GeneratedRegex(@"networkx (\S+) one-to-all Dijkstra from (\d+): (\d+) ms")]
    private static partial Regex OneToAllLine();

    [GeneratedRegex(@"bidirectional_dijkstra corner-to-corner: (\d+) ms, dist (\d+)")]
    private static partial Regex BidirectionalLine();

    [GeneratedRegex(@"k=10, s=0 t=\d+: (\d+) ms; costs \[([^\]]*)\]")]
    private static partial Regex KLine();
}
