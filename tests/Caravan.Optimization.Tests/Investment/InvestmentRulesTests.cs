using Caravan.Optimization.Investment;
using CsCheck;
using static Caravan.Optimization.Tests.Investment.TinyInstances;

namespace Caravan.Optimization.Tests.Investment;

public sealed class InvestmentRulesTests
{
    [Fact]
    public void Solve_CapacityWorthMoreThanItCosts_IsBuiltAtTheHandComputedOptimum()
    {
        // Without the project: 10 t at 1 US$/t + 10 t unmet at 100 US$/t = 1,010. With it: 500 + 20 × 1 = 520.
        var instance = OneArc(Project("wider", 1000, 500));
        var solution = InvestmentMip.Solve(instance, new InvestmentSettings());
        Assert.Equal(InvestmentStatus.Optimal, solution.Status);
        Assert.True(solution.Built[0]);
        Assert.Equal(520, solution.ObjectiveUsd, 1e-6);
    }

    [Fact]
    public void Solve_CapacityDearerThanWhatItSaves_IsNotBuilt()
    {
        var instance = OneArc(Project("gold-plated", 1000, 1000));
        var solution = InvestmentMip.Solve(instance, new InvestmentSettings());
        Assert.False(solution.Built[0]);
        Assert.Equal(1010, solution.ObjectiveUsd, 1e-6);
    }

    [Fact]
    public void Solve_BudgetBelowCapex_KeepsTheProjectOut()
    {
        var solution = InvestmentMip.Solve(OneArc(Project("wider", 1000, 500)), new InvestmentSettings { BudgetUsd = 999 });
        Assert.False(solution.Built[0]);
    }

    [Fact]
    public void Solve_DependentProject_BringsItsRequirementAlong()
    {
        // "rails" alone is worthless (no capacity) but "trains" needs it; together they add 10 t/yr for 300 + 300.
        var instance = OneArc(
            [Project("rails", 100, 300), Project("trains", 100, 300, requires: [0])],
            [new Gain(1, 0, 10)]);
        var solution = InvestmentMip.Solve(instance, new InvestmentSettings());
        Assert.Equal([true, true], solution.Built);
        Assert.Equal(600 + 20, solution.ObjectiveUsd, 1e-6);
    }

    [Fact]
    public void Solve_ExclusiveAlternatives_BuildsOnlyTheBetter()
    {
        var instance = OneArc([Project("a", 100, 300, excludes: [1]), Project("b", 100, 200, excludes: [0])], [new Gain(0, 0, 10), new Gain(1, 0, 10)]);
        var solution = InvestmentMip.Solve(instance, new InvestmentSettings());
        Assert.Equal([false, true], solution.Built);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void Solve_YearlyBudget_SpreadsProjectsOverTheHorizon(int horizon, bool bothBuilt)
    {
        // Each project alone saves 990 − 400 > 0; a yearly budget of 100 fits one 100 US$ project a year.
        var instance = OneArc([Project("a", 100, 400), Project("b", 100, 400)], [new Gain(0, 0, 5), new Gain(1, 0, 5)]);
        var solution = InvestmentMip.Solve(instance, new InvestmentSettings { YearlyBudgetUsd = 100, HorizonYears = horizon });
        Assert.Equal(bothBuilt ? 2 : 1, solution.Built.Count(b => b));
        Assert.NotNull(solution.StartYears);
        if (bothBuilt)
            Assert.NotEqual(solution.StartYears[0], solution.StartYears[1]);
    }

    [Fact]
    public void Solve_RequirementTakesTwoYears_DependentStartsAfterItFinishes()
    {
        var instance = OneArc(
            [Project("rails", 100, 10, buildYears: 2), Project("trains", 10, 10, requires: [0])],
            [new Gain(1, 0, 10)]);
        var solution = InvestmentMip.Solve(instance, new InvestmentSettings { YearlyBudgetUsd = 1000, HorizonYears = 5 });
        Assert.Equal([true, true], solution.Built);
        Assert.True(solution.StartYears![1] >= solution.StartYears[0] + 2);
    }

    [Fact]
    public void Solve_RequirementCannotFinishInTime_DependentIsNotBuilt()
    {
        var instance = OneArc(
            [Project("rails", 100, 10, buildYears: 3), Project("trains", 10, 10, requires: [0])],
            [new Gain(1, 0, 10)]);
        var solution = InvestmentMip.Solve(instance, new InvestmentSettings { YearlyBudgetUsd = 1000, HorizonYears = 3 });
        Assert.False(solution.Built[1]);
    }

    [Fact]
    public void Sweep_RandomInstances_ObjectiveNeverRisesWithBudget()
    {
        Gen.Select(Gen.Int, Gen.Int[2, 8], Gen.Int[1, 3]).Sample((seed, projects, scenarios) =>
        {
            var instance = SyntheticInstance.Generate(seed, projects, scenarios);
            var points = BudgetSweep.Run(instance, new InvestmentSettings(), BudgetSweep.Budgets(0, 300, 50));
            Assert.All(points, p => Assert.Equal(InvestmentStatus.Optimal, p.Status));
            for (var i = 1; i < points.Count; i++)
                Assert.True(points[i].ObjectiveUsd <= points[i - 1].ObjectiveUsd + 1e-6 * Math.Abs(points[i - 1].ObjectiveUsd), $"budget {points[i].BudgetUsd}");
        }, iter: 15);
    }

    [Fact]
    public void Solve_UnknownSolver_IsAResultNotAnException()
    {
        var solution = InvestmentMip.Solve(OneArc(Project("a", 1, 1)), new InvestmentSettings { Solver = "NO_SUCH_SOLVER" });
        Assert.Equal(InvestmentStatus.SolverUnavailable, solution.Status);
        Assert.False(solution.HasPortfolio);
    }

    [Fact]
    public void Budgets_Sweep_IncludesBothEnds()
    {
        Assert.Equal([0, 50, 100], BudgetSweep.Budgets(0, 100, 50));
        Assert.Throws<ArgumentOutOfRangeException>(() => BudgetSweep.Budgets(0, 100, 0));
    }
}
