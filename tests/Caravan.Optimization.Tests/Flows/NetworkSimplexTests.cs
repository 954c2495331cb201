using Caravan.Optimization.Flows;
using CsCheck;
using Google.OrTools.Graph;

namespace Caravan.Optimization.Tests.Flows;

public sealed class NetworkSimplexTests
{
    // Random networks: 2–30 nodes, up to 120 arcs (parallel arcs and both directions allowed), costs
    // −10…40 (negative cycles are bounded by the capacities), capacities 0–25 with many zeros and ties,
    // and up to 6 supply–demand pairs, so degenerate pivots and infeasible instances are common.
    private static readonly Gen<Network> RandomNetworks =
        from n in Gen.Int[2, 30]
        from m in Gen.Int[1, 120]
        from ends in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1]).Where(e => e.Item1 != e.Item2).Array[m]
        from capacities in Gen.OneOf(Gen.Int[0, 25], Gen.Const(0), Gen.Const(10)).Array[m]
        from costs in Gen.OneOf(Gen.Int[-10, 40], Gen.Const(0), Gen.Const(5)).Array[m]
        from pairs in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[1, 30]).Array[0, 6]
        select new Network(n, ends.Select(e => e.Item1).ToArray(), ends.Select(e => e.Item2).ToArray(),
            capacities.Select(c => (long)c).ToArray(), costs.Select(c => (long)c).ToArray(), Balanced(n, pairs));

    [Fact]
    public void Solve_HandCheckedInstance_SendsTheCheapPathsFirst()
    {
        // 0 → 2 → 3 costs 3 (room 2), 0 → 1 → 2 → 3 costs 4 (room 2), 0 → 1 → 3 costs 5: four units cost 2·3 + 2·4 = 14.
        var result = NetworkSimplex.Solve(4, [0, 0, 1, 1, 2], [1, 2, 2, 3, 3], [4, 2, 2, 3, 5], [2, 2, 1, 3, 1], [4, 0, 0, -4]);

        Assert.Equal(FlowStatus.Optimal, result.Status);
        Assert.Equal(14, result.Cost);
        Assert.Equal([2L, 2, 2, 0, 4], result.Flow);
    }

    [Fact]
    public void Solve_RandomNetworks_MatchesOrToolsAndKeepsEveryBound()
    {
        RandomNetworks.Sample(network =>
        {
            var ours = NetworkSimplex.Solve(network.Nodes, network.Tail, network.Head, network.Capacity, network.Cost, network.Supply);
            var (status, cost) = OrTools(network);

            Assert.Equal(status, ours.Status);
            if (status != FlowStatus.Optimal)
                return;
            Assert.Equal(cost, ours.Cost);
            AssertFeasible(network, ours.Flow);
            Assert.Equal(cost, ours.Flow.Select((f, a) => f * network.Cost[a]).Sum());
        }, iter: 2000, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Solve_LargerRandomNetwork_MatchesOrTools()
    {
        // Deep trees and long pivot cycles: 400 nodes, 3,000 arcs, 40 supply–demand pairs.
        var random = new Random(11);
        const int n = 400, m = 3_000;
        var tail = new int[m];
        var head = new int[m];
        var capacity = new long[m];
        var cost = new long[m];
        for (var a = 0; a < m; a++)
        {
            tail[a] = a < n ? a : random.Next(n);
            head[a] = a < n ? (a + 1) % n : (tail[a] + 1 + random.Next(n - 1)) % n;
            capacity[a] = a < n ? 100_000 : random.Next(0, 60);
            cost[a] = a < n ? 1_000 : random.Next(0, 100);
        }
        var pairs = Enumerable.Range(0, 40).Select(_ => (random.Next(n), random.Next(n), random.Next(1, 200))).ToArray();
        var network = new Network(n, tail, head, capacity, cost, Balanced(n, pairs));

        var ours = NetworkSimplex.Solve(n, tail, head, capacity, cost, network.Supply);

        Assert.Equal(FlowStatus.Optimal, ours.Status);
        Assert.Equal(OrTools(network).Cost, ours.Cost);
        AssertFeasible(network, ours.Flow);
    }

    [Fact]
    public void Solve_NotEnoughCapacity_IsInfeasible()
    {
        var result = NetworkSimplex.Solve(2, [0], [1], [3], [1], [5, -5]);

        Assert.Equal(FlowStatus.Infeasible, result.Status);
        Assert.Contains("no flow meets every demand", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_SuppliesThatDoNotBalance_AreUnbalanced()
    {
        var result = NetworkSimplex.Solve(2, [0], [1], [10], [1], [5, -4]);

        Assert.Equal(FlowStatus.Unbalanced, result.Status);
    }

    [Fact]
    public void Solve_CostsBeyondTheIntegerRange_AreAClearError()
    {
        var result = NetworkSimplex.Solve(2, [0], [1], [10], [long.MaxValue / 8], [5, -5]);

        Assert.Equal(FlowStatus.Error, result.Status);
        Assert.Contains("integer range", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_PivotCapReached_IsAClearError()
    {
        var result = NetworkSimplex.Solve(4, [0, 0, 1, 1, 2], [1, 2, 2, 3, 3], [4, 2, 2, 3, 5], [2, 2, 1, 3, 1], [4, 0, 0, -4], maxPivots: 1);

        Assert.Equal(FlowStatus.Error, result.Status);
        Assert.Contains("did not finish within 1 pivots", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_TimeLimitPassed_StopsWithTimeLimit()
    {
        var random = new Random(5);
        const int n = 3_000, m = 20_000;
        var tail = Enumerable.Range(0, m).Select(a => a < n ? a : random.Next(n)).ToArray();
        var head = Enumerable.Range(0, m).Select(a => a < n ? (a + 1) % n : (tail[a] + 1 + random.Next(n - 1)) % n).ToArray();
        var capacity = Enumerable.Range(0, m).Select(a => a < n ? 1_000_000L : random.Next(1, 50)).ToArray();
        var cost = Enumerable.Range(0, m).Select(a => a < n ? 1_000L : random.Next(1, 100)).ToArray();
        var supply = Balanced(n, Enumerable.Range(0, 100).Select(_ => (random.Next(n), random.Next(n), 500)));

        var result = NetworkSimplex.Solve(n, tail, head, capacity, cost, supply, timeLimit: TimeSpan.Zero);

        Assert.Equal(FlowStatus.TimeLimit, result.Status);
        Assert.Contains("time limit", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_Cancelled_StopsWithCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = NetworkSimplex.Solve(4, [0, 0, 1, 1, 2], [1, 2, 2, 3, 3], [4, 2, 2, 3, 5], [2, 2, 1, 3, 1], [4, 0, 0, -4], cancellation: cancelled.Token);

        Assert.Equal(FlowStatus.Cancelled, result.Status);
    }

    [Fact]
    public void Solve_CostBeyondTheIntegerRange_IsAClearErrorNotAnException()
    {
        var result = NetworkSimplex.Solve(2, [0], [1], [1L << 40], [1L << 30], [1L << 40, -(1L << 40)]);

        Assert.Equal(FlowStatus.Error, result.Status);
        Assert.Contains("overflows", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_EmptyNetwork_IsOptimalAtZero()
    {
        var result = NetworkSimplex.Solve(0, [], [], [], [], []);

        Assert.Equal(FlowStatus.Optimal, result.Status);
        Assert.Equal(0, result.Cost);
    }

    [Fact]
    public void AutoMethod_OneCommodity_TakesTheSimplexUpToItsArcLimitAndOrToolsAbove()
    {
        var small = FlowSolver.Solve(Instances.Bypass());
        var large = FlowSolver.Solve(Instances.Bypass(), FlowSolverOptions.Default with { NetworkSimplexMaxArcs = 1 });

        Assert.Equal("network simplex", small.Solver);
        Assert.Equal("or-tools min-cost flow", large.Solver);
        Assert.Equal(large.Objective, small.Objective, 9);
    }

    [Fact]
    public void AutoMethod_CostsBeyondTheSimplexRange_FallBackToOrTools()
    {
        // 1 kg at US$10^13/t: in 1 kg and 10^-4 US$/t units the cost is 10^17, inside cost scaling's
        // range but not the simplex's big-M headroom.
        var k = new FlowCommodity("x", [1e13], [new FlowAmount(0, 0.001)], [new FlowAmount(1, 0.001)], 1e13);
        var problem = new FlowProblem(2, [0], [1], [Instances.Unlimited], [Instances.Unlimited, Instances.Unlimited], [k]);

        var forced = FlowSolver.Solve(problem, new FlowSolverOptions { Method = FlowMethod.NetworkSimplex });
        var auto = FlowSolver.Solve(problem);

        Assert.Equal(FlowStatus.Error, forced.Status);
        Assert.Equal(FlowStatus.Optimal, auto.Status);
        Assert.Equal("or-tools min-cost flow", auto.Solver);
        Assert.Equal(1e10, auto.Objective, 1e10 * 1e-9);
    }

    private static long[] Balanced(int nodes, IEnumerable<(int From, int To, int Amount)> pairs)
    {
        var supply = new long[nodes];
        foreach (var (from, to, amount) in pairs)
        {
            supply[from] += amount;
            supply[to] -= amount;
        }
        return supply;
    }

    private static (FlowStatus Status, long Cost) OrTools(Network network)
    {
        using var mcf = new MinCostFlow(network.Nodes, network.Tail.Length);
        for (var a = 0; a < network.Tail.Length; a++)
            mcf.AddArcWithCapacityAndUnitCost(network.Tail[a], network.Head[a], network.Capacity[a], network.Cost[a]);
        for (var v = 0; v < network.Nodes; v++)
            mcf.SetNodeSupply(v, network.Supply[v]);
        return mcf.Solve() switch
        {
            MinCostFlowBase.Status.OPTIMAL => (FlowStatus.Optimal, mcf.OptimalCost()),
            MinCostFlowBase.Status.INFEASIBLE => (FlowStatus.Infeasible, 0),
            var other => throw new InvalidOperationException($"OR-Tools: {other}"),
        };
    }

    private static void AssertFeasible(Network network, long[] flow)
    {
        var net = (long[])network.Supply.Clone();
        for (var a = 0; a < flow.Length; a++)
        {
            Assert.InRange(flow[a], 0, network.Capacity[a]);
            net[network.Tail[a]] -= flow[a];
            net[network.Head[a]] += flow[a];
        }
        Assert.All(net, balance => Assert.Equal(0, balance));
    }

    public sealed record Network(int Nodes, int[] Tail, int[] Head, long[] Capacity, long[] Cost, long[] Supply);
}
