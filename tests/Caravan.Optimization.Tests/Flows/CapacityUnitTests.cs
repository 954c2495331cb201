using Caravan.Optimization.Flows;

namespace Caravan.Optimization.Tests.Flows;

/// <summary>
/// Capacities in TEU shared by commodities that pack differently. Instance: s → t by a cheap arc
/// (US$1/t, 10 TEU over the period) or an expensive one (US$5/t, unlimited). Ore packs 20 t per TEU,
/// concentrate 10 t per TEU; each wants 100 t.
/// </summary>
public sealed class CapacityUnitTests
{
    private const double Unlimited = double.PositiveInfinity;

    private static FlowCommodity Commodity(string id, double tonnesPerTeu, double demand = 100) =>
        new(id, [1, 5], [new FlowAmount(0, 1_000)], [new FlowAmount(1, demand)], penaltyUsdPerTonne: 1_000)
        {
            ArcCapacityUse = [1 / tonnesPerTeu, 1 / tonnesPerTeu],
        };

    private static FlowProblem Problem(params FlowCommodity[] commodities) =>
        new(2, [0, 0], [1, 1], [10, Unlimited], [Unlimited, Unlimited], commodities);

    [Theory]
    [InlineData(LpBackend.Clp)]
    [InlineData(LpBackend.Highs)]
    [InlineData(LpBackend.Glop)]
    public void SharedTeuCapacity_PacksTheDenserCommodityFirst_AndPricesOneTeu(LpBackend backend)
    {
        var solution = FlowSolver.Solve(Problem(Commodity("ore", 20), Commodity("concentrate", 10)),
            new FlowSolverOptions { Method = FlowMethod.LinearProgram, Backend = backend });

        // Ore's 100 t take 5 TEU; the other 5 TEU carry 50 t of concentrate; 50 t go the dear way.
        // 150 × 1 + 50 × 5 = 400. One more TEU moves 10 t of concentrate from US$5 to US$1: US$40.
        Assert.Equal(FlowStatus.Optimal, solution.Status);
        Assert.Equal(400, solution.Objective, 6);
        Assert.Equal((100.0, 50.0), (Math.Round(solution.Flow[0][0], 6), Math.Round(solution.Flow[1][0], 6)));
        Assert.Equal(40, solution.ArcDual![0], 6);
    }

    [Fact]
    public void OneCommodityInTeu_MinCostFlowAndLpAgree_OnOptimumAndDualPerTeu()
    {
        var problem = Problem(Commodity("concentrate", 10, demand: 150));
        var mcf = FlowSolver.Solve(problem, new FlowSolverOptions { Method = FlowMethod.MinCostFlow });
        var simplex = FlowSolver.Solve(problem, new FlowSolverOptions { Method = FlowMethod.NetworkSimplex });
        var lp = FlowSolver.Solve(problem, new FlowSolverOptions { Method = FlowMethod.LinearProgram, Backend = LpBackend.Clp });

        // 10 TEU = 100 t cheap (100), 50 t dear (250); one more TEU saves 10 t × US$4.
        foreach (var solution in new[] { mcf, simplex, lp })
        {
            Assert.Equal(350, solution.Objective, 6);
            Assert.Equal(100, solution.Flow[0][0], 6);
            Assert.Equal(40, solution.ArcDual![0], 6);
        }
    }

    [Fact]
    public void TeuDual_ByPerturbation_MatchesTheReportedValue()
    {
        var problem = Problem(Commodity("ore", 20), Commodity("concentrate", 10));
        var options = new FlowSolverOptions { Method = FlowMethod.LinearProgram, Backend = LpBackend.Clp };
        var before = FlowSolver.Solve(problem, options);
        const double epsilon = 0.5; // TEU
        var more = new FlowProblem(2, [0, 0], [1, 1], [10 + epsilon, Unlimited], [Unlimited, Unlimited], problem.Commodities);
        var after = FlowSolver.Solve(more, options);

        Assert.Equal(before.ArcDual![0] * epsilon, before.Objective - after.Objective, 6);
    }

    [Fact]
    public void NodeCapacityInWagons_CountsEachCommodityByItsWagonLoad()
    {
        // Node 1 (the destination) takes 3 wagons over the period; ore loads 60 t per wagon, concentrate 50 t.
        var ore = new FlowCommodity("ore", [1], [new FlowAmount(0, 1_000)], [new FlowAmount(1, 120)], 100) { NodeCapacityUse = [1 / 60.0, 1 / 60.0] };
        var concentrate = new FlowCommodity("concentrate", [1], [new FlowAmount(0, 1_000)], [new FlowAmount(1, 100)], 200) { NodeCapacityUse = [1 / 50.0, 1 / 50.0] };
        var problem = new FlowProblem(2, [0], [1], [Unlimited], [Unlimited, 3], [ore, concentrate]);

        var solution = FlowSolver.Solve(problem, new FlowSolverOptions { Method = FlowMethod.LinearProgram, Backend = LpBackend.Clp });

        // Concentrate's penalty is higher: 2 wagons bring its 100 t, the third 60 t of ore; 60 t of ore unmet.
        Assert.Equal((100.0, 60.0), (Math.Round(solution.Flow[1][0], 6), Math.Round(solution.Flow[0][0], 6)));
        Assert.Equal(60, solution.Unmet[0][0], 6);
    }

    [Fact]
    public void CapacityUse_WrongLength_IsAProgrammerError()
    {
        var bad = new FlowCommodity("x", [1, 5], [], [], 10) { ArcCapacityUse = [1] };

        Assert.Throws<ArgumentException>(() => Problem(bad));
    }
}
