using Caravan.Optimization.Flows;
using CsCheck;

namespace Caravan.Optimization.Tests.Flows;

public sealed class FlowSolverPropertyTests
{
    private const double Tolerance = 1e-5;

    // Random instances: 3–8 nodes, 4–20 arcs with integer costs 0–20 and capacities 0–30 or unlimited,
    // 1–3 commodities with a supply and a demand each, some node capacities.
    private static readonly Gen<FlowProblem> RandomProblems =
        from n in Gen.Int[3, 8]
        from m in Gen.Int[4, 20]
        from ends in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1]).Where(e => e.Item1 != e.Item2).Array[m]
        from caps in Gen.Int[-5, 30].Array[m]
        from nodeCaps in Gen.Int[-20, 40].Array[n]
        from k in Gen.Int[1, 3]
        from costs in Gen.Int[0, 20].Array[m].Array[k]
        from pairs in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[1, 25], Gen.Int[1, 25]).Array[k]
        select new FlowProblem(
            n,
            ends.Select(e => e.Item1).ToArray(),
            ends.Select(e => e.Item2).ToArray(),
            caps.Select(c => c < 0 ? double.PositiveInfinity : c).ToArray(),
            nodeCaps.Select(c => c < 0 ? double.PositiveInfinity : c).ToArray(),
            Enumerable.Range(0, k).Select(i => new FlowCommodity(
                $"k{i}",
                costs[i].Select(c => (double)c).ToArray(),
                [new FlowAmount(pairs[i].Item1, pairs[i].Item3, 1)],
                [new FlowAmount(pairs[i].Item2, pairs[i].Item4)],
                100)).ToArray());

    [Fact]
    public void Solve_RandomInstances_ConserveFlowAndRespectCapacities()
    {
        RandomProblems.Sample(problem =>
        {
            var solution = FlowSolver.Solve(problem);
            Assert.Equal(FlowStatus.Optimal, solution.Status);
            AssertFeasible(problem, solution);
        }, iter: 150, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Solve_SingleCommodity_MinCostFlowAndLpAgree()
    {
        RandomProblems.Where(p => p.Commodities.Count == 1).Sample(problem =>
        {
            var mcf = FlowSolver.Solve(problem, new FlowSolverOptions { Method = FlowMethod.MinCostFlow });
            var simplex = FlowSolver.Solve(problem, new FlowSolverOptions { Method = FlowMethod.NetworkSimplex });
            var lp = FlowSolver.Solve(problem, new FlowSolverOptions { Method = FlowMethod.LinearProgram });
            var glop = FlowSolver.Solve(problem, new FlowSolverOptions { Method = FlowMethod.LinearProgram, Backend = LpBackend.Glop });

            Assert.Equal(lp.Objective, mcf.Objective, Tolerance);
            Assert.Equal(lp.Objective, simplex.Objective, Tolerance);
            Assert.Equal(glop.Objective, lp.Objective, Tolerance);
            AssertFeasible(problem, mcf);
            AssertFeasible(problem, simplex);
        }, iter: 100, seed: "0N0XIzNsQ0O2");
    }

    [Theory]
    [InlineData(LpBackend.Clp)]
    [InlineData(LpBackend.Highs)] // duals from the explicit dual program
    [InlineData(LpBackend.Glop)]
    public void Duals_RaisingABindingCapacity_LowersCostByAtMostDualTimesEpsilon(LpBackend backend)
    {
        const double epsilon = 0.25;
        var options = new FlowSolverOptions { Method = FlowMethod.LinearProgram, Backend = backend };
        RandomProblems.Sample(problem =>
        {
            var before = FlowSolver.Solve(problem, options);
            for (var a = 0; a < problem.ArcCount; a++)
            {
                if (before.ArcDual![a] <= Tolerance)
                    continue;
                var capacity = (double[])problem.ArcCapacity.Clone();
                capacity[a] += epsilon;
                var after = FlowSolver.Solve(new FlowProblem(problem.NodeCount, problem.ArcTail, problem.ArcHead, capacity, problem.NodeCapacity, problem.Commodities), options);
                var saving = before.Objective - after.Objective;
                // LP duality: the old dual stays feasible, so the saving is at most dual × ε; and more capacity never costs more.
                Assert.InRange(saving, -Tolerance, before.ArcDual[a] * epsilon + Tolerance);
            }
        }, iter: 60, seed: "0N0XIzNsQ0O2");
    }

    [Theory]
    [InlineData(FlowMethod.MinCostFlow)]
    [InlineData(FlowMethod.NetworkSimplex)]
    public void Duals_MinCostFlow_BoundTheSavingOfMoreCapacity(FlowMethod engine)
    {
        const double epsilon = 0.25;
        RandomProblems.Where(p => p.Commodities.Count == 1).Sample(problem =>
        {
            var mcf = FlowSolver.Solve(problem, new FlowSolverOptions { Method = engine });
            for (var a = 0; a < problem.ArcCount; a++)
            {
                if (mcf.ArcDual![a] <= Tolerance)
                    continue;
                var capacity = (double[])problem.ArcCapacity.Clone();
                capacity[a] += epsilon;
                var after = FlowSolver.Solve(new FlowProblem(problem.NodeCount, problem.ArcTail, problem.ArcHead, capacity, problem.NodeCapacity, problem.Commodities),
                    new FlowSolverOptions { Method = engine });
                Assert.InRange(mcf.Objective - after.Objective, -Tolerance, mcf.ArcDual[a] * epsilon + Tolerance);
            }
        }, iter: 60, seed: "0N0XIzNsQ0O2");
    }

    private static void AssertFeasible(FlowProblem problem, FlowSolution solution)
    {
        var load = new double[problem.ArcCount];
        var entering = new double[problem.NodeCount];
        for (var k = 0; k < problem.Commodities.Count; k++)
        {
            var commodity = problem.Commodities[k];
            var net = new double[problem.NodeCount]; // out − in
            for (var a = 0; a < problem.ArcCount; a++)
            {
                var f = solution.Flow[k][a];
                Assert.True(f >= -Tolerance, $"negative flow {f}");
                Assert.True(commodity.Allows(a) || f <= Tolerance);
                net[problem.ArcTail[a]] += f;
                net[problem.ArcHead[a]] -= f;
                load[a] += f;
                entering[problem.ArcHead[a]] += f;
            }
            for (var i = 0; i < commodity.Supply.Count; i++)
            {
                Assert.InRange(solution.Shipped[k][i], -Tolerance, commodity.Supply[i].Tonnes + Tolerance);
                net[commodity.Supply[i].Node] -= solution.Shipped[k][i];
                entering[commodity.Supply[i].Node] += solution.Shipped[k][i];
            }
            for (var j = 0; j < commodity.Demand.Count; j++)
            {
                Assert.InRange(solution.Unmet[k][j], -Tolerance, commodity.Demand[j].Tonnes + Tolerance);
                net[commodity.Demand[j].Node] += commodity.Demand[j].Tonnes - solution.Unmet[k][j];
            }
            Assert.All(net, x => Assert.Equal(0, x, Tolerance));
        }
        for (var a = 0; a < problem.ArcCount; a++)
            Assert.True(load[a] <= problem.ArcCapacity[a] + Tolerance, $"arc {a}: {load[a]} > {problem.ArcCapacity[a]}");
        for (var v = 0; v < problem.NodeCount; v++)
            Assert.True(entering[v] <= problem.NodeCapacity[v] + Tolerance, $"node {v}: {entering[v]} > {problem.NodeCapacity[v]}");
    }
}
