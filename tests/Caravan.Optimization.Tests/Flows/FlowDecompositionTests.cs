using Caravan.Optimization.Flows;

namespace Caravan.Optimization.Tests.Flows;

/// <summary>Flow solutions split into supply-to-demand paths that add back up to the solution.</summary>
public sealed class FlowDecompositionTests
{
    // The paths add up to every arc's flow, every supply's shipment and every demand's delivery; each is a chain from a supply to a demand.
    private static void AssertDecomposes(FlowProblem problem)
    {
        var solution = FlowSolver.Solve(problem);
        Assert.True(solution.HasFlow);
        var paths = FlowDecomposition.Paths(problem, solution);
        for (var k = 0; k < problem.Commodities.Count; k++)
        {
            var commodity = problem.Commodities[k];
            var mine = paths.Where(p => p.Commodity == commodity.Id).ToArray();
            for (var a = 0; a < problem.ArcCount; a++)
                Assert.Equal(solution.Flow[k][a], mine.Where(p => p.Arcs.Contains(a)).Sum(p => p.Tonnes), 6);
            for (var i = 0; i < commodity.Supply.Count; i++)
                Assert.Equal(solution.Shipped[k][i], mine.Where(p => p.From == commodity.Supply[i].Node).Sum(p => p.Tonnes), 6);
            for (var j = 0; j < commodity.Demand.Count; j++)
                Assert.Equal(commodity.Demand[j].Tonnes - solution.Unmet[k][j], mine.Where(p => p.To == commodity.Demand[j].Node).Sum(p => p.Tonnes), 6);
            foreach (var path in mine)
            {
                var at = path.From;
                foreach (var a in path.Arcs)
                {
                    Assert.Equal(at, problem.ArcTail[a]);
                    at = problem.ArcHead[a];
                }
                Assert.Equal(path.To, at);
                Assert.True(path.Tonnes > 0);
            }
        }
    }

    [Fact]
    public void OrToolsSample_PathsAddUpToTheFlow() => AssertDecomposes(Instances.OrToolsSample());

    [Fact]
    public void Bypass_TwoPathsOfTenAndFive()
    {
        var problem = Instances.Bypass();
        AssertDecomposes(problem);
        var paths = FlowDecomposition.Paths(problem, FlowSolver.Solve(problem));
        Assert.Equal([(10.0, new[] { 0 }), (5.0, new[] { 1, 2 })], paths.Select(p => (Math.Round(p.Tonnes, 6), p.Arcs)).OrderByDescending(p => p.Item1));
    }

    [Fact]
    public void SharedArc_EachCommodityItsOwnPaths() => AssertDecomposes(Instances.SharedArc());

    [Fact]
    public void Cycle_IsCancelledNotShipped()
    {
        // 0 → 1 → 2 with a cycle 1 → 3 → 1 carrying 8 t, more than the path, so the walk enters it: the path is 0 → 1 → 2, 6 t.
        var problem = new FlowProblem(4, [0, 1, 1, 3], [1, 2, 3, 1], [100, 100, 100, 100], [100, 100, 100, 100],
            [new FlowCommodity("x", [1, 1, 1, 1], [new FlowAmount(0, 6)], [new FlowAmount(2, 6)], 1000)]);
        var solution = new FlowSolution(FlowStatus.Optimal, "hand", "", 0, null, [[6, 6, 8, 8]], [[6]], [[0]], null, null, TimeSpan.Zero);
        var path = Assert.Single(FlowDecomposition.Paths(problem, solution));
        Assert.Equal(6, path.Tonnes, 9);
        Assert.Equal([0, 1], path.Arcs);
    }
}
