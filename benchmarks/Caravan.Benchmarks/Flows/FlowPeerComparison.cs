using System.Diagnostics;
using System.Globalization;
using Caravan.Optimization.Flows;

namespace Caravan.Benchmarks.Flows;

/// <summary>
/// Side-by-side timings for docs/performance.md: our adapter on DIMACS files (solve only, best of
/// a few repetitions after a warm-up), and the LP backends on a multi-commodity instance. The peers
/// (LEMON, NetworkX) run from benchmarks/run-flow-peers.sh on the same files.
/// <c>dotnet run -c Release --project benchmarks/Caravan.Benchmarks -- flow-peers [--lp-limit S] FILE...</c>
/// </summary>
public static class FlowPeerComparison
{
    /// <summary>Runs the comparison; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        var limit = TimeSpan.FromSeconds(120);
        var files = new List<string>();
        int commodities = 0, lpNodes = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--lp-limit":
                    limit = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                case "--commodities":
                    commodities = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--lp-file-max-nodes":
                    lpNodes = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    files.Add(args[i]);
                    break;
            }
        }
        foreach (var file in files)
        {
            var read = Stopwatch.StartNew();
            var problem = DimacsReader.Read(file);
            Console.WriteLine($"{Path.GetFileName(file)}: {problem.NodeCount} nodes, {problem.ArcCount} arcs, read {read.Elapsed.TotalSeconds:0.000} s");
            var large = problem.NodeCount > 100_000;
            var repetitions = large ? 1 : 3;
            var warmUps = large ? 0 : problem.NodeCount <= 10_000 ? 20 : 1;
            if (!large)
                EngineOnly(problem, repetitions: warmUps > 1 ? 10 : 3, warmUps);
            Time("caravan network simplex", () => FlowSolver.Solve(problem,
                new FlowSolverOptions { Method = FlowMethod.NetworkSimplex, AllowUnmet = false, ComputeDuals = false }), repetitions, warmUps);
            Time("caravan min-cost flow (OR-Tools MinCostFlow)", () => FlowSolver.Solve(problem,
                new FlowSolverOptions { Method = FlowMethod.MinCostFlow, AllowUnmet = false, ComputeDuals = false }), repetitions, warmUps);
            if (lpNodes > 0 && problem.NodeCount <= lpNodes)
            {
                foreach (var backend in Enum.GetValues<LpBackend>().Where(b => b != LpBackend.Auto))
                {
                    Time($"caravan LP {backend} (same one-commodity problem)", () => FlowSolver.Solve(problem,
                        new FlowSolverOptions { Method = FlowMethod.LinearProgram, Backend = backend, AllowUnmet = false, ComputeDuals = false, TimeLimit = limit }), repetitions: 1);
                }
            }
            if (commodities > 0)
            {
                var multi = MultiCommodityInstance.From(problem, commodities, pairsPerCommodity: 10, seed: 7);
                Console.WriteLine($"  multi-commodity: {commodities} commodities × {problem.ArcCount} arcs = {commodities * problem.ArcCount} flow variables");
                foreach (var backend in Enum.GetValues<LpBackend>().Where(b => b != LpBackend.Auto))
                {
                    Time($"caravan LP {backend}, {commodities} commodities", () => FlowSolver.Solve(multi,
                        new FlowSolverOptions { Method = FlowMethod.LinearProgram, Backend = backend, ComputeDuals = false, TimeLimit = limit }), repetitions: 1);
                    Time($"caravan LP {backend}, {commodities} commodities, with duals", () => FlowSolver.Solve(multi,
                        new FlowSolverOptions { Method = FlowMethod.LinearProgram, Backend = backend, ComputeDuals = true, TimeLimit = limit }), repetitions: 1);
                }
            }
        }
        return 0;
    }

    // The engines alone on the already expanded integer network (σ and τ included), without the
    // adapter's checks and conversions: the counterpart of LEMON's "Run" line. Best of several after
    // warm-ups, since one solve of a small file takes tens of milliseconds.
    private static void EngineOnly(FlowProblem problem, int repetitions, int warmUps)
    {
        // DIMACS data are integral: exact 1 t and 1 US$/t units, as the adapter picks for them.
        var scaling = new IntegerScaling(TonneDigits: 0, CostDigits: 0);
        var network = ExpandedNetwork.Build(problem, scaling, problem.ArcCapacity, problem.NodeCapacity, allowUnmet: false);
        foreach (var (name, engine) in new (string, Func<MinCostFlowResult>)[]
        {
            ("network simplex", () => NetworkSimplex.Solve(network.NodeCount, network.Tail, network.Head, network.Capacity, network.Cost, network.Supply)),
            ("OR-Tools MinCostFlow", () => OrToolsMinCostFlow.Solve(network)),
        })
        {
            for (var warmUp = 0; warmUp < warmUps; warmUp++)
                engine();
            var best = double.PositiveInfinity;
            long cost = 0;
            for (var r = 0; r < repetitions; r++)
            {
                var watch = Stopwatch.StartNew();
                cost = engine().Cost;
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  engine only, {name}: cost={cost} solve={best:0.000} s"));
        }
    }

    // Warm-ups: native library load and JIT. A small instance solves in milliseconds, and its
    // once-per-solve code (the adapter) needs a few dozen calls to reach fully optimised code.
    private static void Time(string what, Func<FlowSolution> solve, int repetitions, int warmUps = 0)
    {
        for (var warmUp = 0; warmUp < warmUps; warmUp++)
            solve();
        var best = double.PositiveInfinity;
        FlowSolution? last = null;
        for (var r = 0; r < repetitions; r++)
        {
            var watch = Stopwatch.StartNew();
            last = solve();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what}: status={last!.Status} cost={last.Objective:R} solve={last.SolveTime.TotalSeconds:0.000} s total={best:0.000} s"));
    }
}
