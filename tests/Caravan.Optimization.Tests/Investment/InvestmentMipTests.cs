using Caravan.Optimization.Investment;
using CsCheck;

namespace Caravan.Optimization.Tests.Investment;

public sealed class InvestmentMipTests
{
    [Fact]
    public void Solve_RandomSmallInstances_MatchesBruteForce()
    {
        Gen.Select(Gen.Int, Gen.Int[1, 8], Gen.Int[2, 3], Gen.Int[0, 2], Gen.Bool.Select(b => b ? "CBC" : "SCIP")).Sample((seed, projects, scenarios, budgetKind, solver) =>
        {
            var instance = SyntheticInstance.Generate(seed, projects, scenarios);
            var settings = budgetKind switch
            {
                0 => new InvestmentSettings(),
                1 => new InvestmentSettings { BudgetUsd = 120 },
                _ => new InvestmentSettings { BudgetUsd = 200, YearlyBudgetUsd = 60, HorizonYears = 4 },
            };
            AssertSameOptimum(instance, settings with { Solver = solver });
        }, iter: 40);
    }

    [Theory]
    [InlineData(1, 12, 2)]
    [InlineData(2, 12, 3)]
    public void Solve_TwelveProjects_MatchesBruteForce(int seed, int projects, int scenarios)
    {
        var instance = SyntheticInstance.Generate(seed, projects, scenarios);
        AssertSameOptimum(instance, new InvestmentSettings { BudgetUsd = 250 });
    }

    [Fact]
    public void Generate_SmallInstances_HaveRealTradeOffs()
    {
        // The oracle test is only worth something if optimal portfolios are neither always empty nor always everything.
        var sizes = Enumerable.Range(0, 20)
            .Select(seed => BruteForce.Solve(SyntheticInstance.Generate(seed, 6, 2), new InvestmentSettings()).Built.Count(b => b))
            .ToList();
        Assert.Contains(sizes, n => n > 0);
        Assert.Contains(sizes, n => n < 6);
        Assert.True(sizes.Distinct().Count() >= 3, string.Join(",", sizes));
    }

    private static void AssertSameOptimum(InvestmentInstance instance, InvestmentSettings settings)
    {
        var mip = InvestmentMip.Solve(instance, settings);
        var oracle = BruteForce.Solve(instance, settings);
        Assert.Equal(InvestmentStatus.Optimal, mip.Status);
        Assert.Equal(oracle.Objective, mip.ObjectiveUsd, Math.Max(1e-6, Math.Abs(oracle.Objective) * 1e-6));
        Assert.True(BruteForce.Allowed(instance, settings, mip.Built.ToArray()), "the MIP's portfolio breaks a rule");
        // The portfolio the MIP reports scores what the MIP says when evaluated on its own.
        Assert.Equal(mip.ObjectiveUsd, PortfolioEvaluator.Evaluate(instance, mip.Built).TotalUsd, Math.Max(1e-6, Math.Abs(mip.ObjectiveUsd) * 1e-6));
    }
}
