using Caravan.Optimization.Investment;
using CsCheck;
using static Caravan.Optimization.Tests.Investment.TinyInstances;

namespace Caravan.Optimization.Tests.Investment;

public sealed class ServedObjectiveTests
{
    [Fact]
    public void Solve_Served_BuildsCapacityTheCostObjectiveRefuses()
    {
        // The project adds 10 t/yr for 2,000 US$/yr, more than the 990 US$/yr of penalty it avoids: cost says no,
        // served says yes (20 t/yr served instead of 10) and reports the cost of that choice: 2,000 + 20 × 1.
        var instance = OneArc(Project("dear", 1000, 2000));
        var cost = InvestmentMip.Solve(instance, new InvestmentSettings());
        var served = InvestmentMip.Solve(instance, new InvestmentSettings { Objective = InvestmentObjective.Served });
        Assert.False(cost.Built[0]);
        Assert.Equal(10, cost.ExpectedServedTonnes, 1e-6);
        Assert.True(served.Built[0]);
        Assert.Equal(InvestmentStatus.Optimal, served.Status);
        Assert.Equal(20, served.ExpectedServedTonnes, 1e-6);
        Assert.Equal(2020, served.ObjectiveUsd, 1e-6);
    }

    [Fact]
    public void Solve_Served_AmongEquallyServingPortfoliosTakesTheCheapest()
    {
        var instance = OneArc([Project("a", 100, 300), Project("b", 100, 200)], [new Gain(0, 0, 10), new Gain(1, 0, 10)]);
        var served = InvestmentMip.Solve(instance, new InvestmentSettings { Objective = InvestmentObjective.Served });
        Assert.Equal([false, true], served.Built);
        Assert.Equal(200 + 20, served.ObjectiveUsd, 1e-6);
    }

    [Fact]
    public void Solve_ServedRandomSmallInstances_MatchesBruteForce()
    {
        Gen.Select(Gen.Int, Gen.Int[1, 8], Gen.Int[2, 3], Gen.Int[0, 2]).Sample((seed, projects, scenarios, budgetKind) =>
        {
            var instance = SyntheticInstance.Generate(seed, projects, scenarios);
            var settings = budgetKind switch
            {
                0 => new InvestmentSettings { Objective = InvestmentObjective.Served, BudgetUsd = 60 },
                1 => new InvestmentSettings { Objective = InvestmentObjective.Served, BudgetUsd = 120 },
                _ => new InvestmentSettings { Objective = InvestmentObjective.Served, BudgetUsd = 200, YearlyBudgetUsd = 60, HorizonYears = 4 },
            };
            var mip = InvestmentMip.Solve(instance, settings);
            var oracle = BruteForce.SolveServed(instance, settings);
            Assert.Equal(InvestmentStatus.Optimal, mip.Status);
            Assert.Equal(oracle.Served, mip.ExpectedServedTonnes, Math.Max(1e-6, oracle.Served * 1e-6));
            Assert.Equal(oracle.Objective, mip.ObjectiveUsd, Math.Max(1e-6, Math.Abs(oracle.Objective) * 1e-6));
            Assert.True(BruteForce.Allowed(instance, settings, mip.Built.ToArray()), "the MIP's portfolio breaks a rule");
        }, iter: 30);
    }

    [Fact]
    public void Generate_SmallInstances_ServedDependsOnThePortfolio()
    {
        // The served oracle test is only worth something if some portfolios serve more than others.
        var differs = Enumerable.Range(0, 20).Count(seed =>
        {
            var instance = SyntheticInstance.Generate(seed, 6, 2);
            var none = PortfolioEvaluator.Evaluate(instance, new bool[6], InvestmentObjective.Served).ExpectedServedTonnes;
            return BruteForce.SolveServed(instance, new InvestmentSettings { BudgetUsd = 120 }).Served > none + 1e-3;
        });
        Assert.True(differs >= 5, $"{differs} of 20");
    }

    [Fact]
    public void Sweep_Served_ServedDemandNeverFallsWithBudget()
    {
        Gen.Select(Gen.Int, Gen.Int[2, 8], Gen.Int[1, 3]).Sample((seed, projects, scenarios) =>
        {
            var instance = SyntheticInstance.Generate(seed, projects, scenarios);
            var points = BudgetSweep.Run(instance, new InvestmentSettings { Objective = InvestmentObjective.Served }, BudgetSweep.Budgets(0, 300, 50));
            Assert.All(points, p => Assert.Equal(InvestmentStatus.Optimal, p.Status));
            for (var i = 1; i < points.Count; i++)
            {
                Assert.True(points[i].ExpectedServedTonnes >= points[i - 1].ExpectedServedTonnes - 1e-6 * Math.Max(1, points[i - 1].ExpectedServedTonnes),
                    $"budget {points[i].BudgetUsd}");
            }
        }, iter: 15);
    }
}
