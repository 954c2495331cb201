namespace Caravan.Optimization.Investment;

/// <summary>The budget frontier: the MIP solved at each budget of a sweep.</summary>
public static class BudgetSweep
{
    /// <summary>The budgets min, min+step, … up to max (inclusive, within rounding).</summary>
    public static IReadOnlyList<double> Budgets(double minUsd, double maxUsd, double stepUsd)
    {
        if (!(stepUsd > 0) || !(maxUsd >= minUsd) || minUsd < 0)
            throw new ArgumentOutOfRangeException(nameof(stepUsd), "a sweep needs 0 ≤ min ≤ max and a positive step");
        var count = (int)Math.Floor((maxUsd - minUsd) / stepUsd + 1e-9) + 1;
        return Enumerable.Range(0, count).Select(i => minUsd + i * stepUsd).ToArray();
    }

    /// <summary>Solves at every budget; the other settings (yearly budget, objective, solver) stay as given.</summary>
    public static IReadOnlyList<FrontierPoint> Run(InvestmentInstance instance, InvestmentSettings settings, IEnumerable<double> budgetsUsd) =>
        budgetsUsd.Select(budget =>
        {
            var solution = InvestmentMip.Solve(instance, settings with { BudgetUsd = budget });
            var ids = instance.Projects.Where((_, p) => solution.Built[p]).Select(p => p.Id).ToArray();
            return new FrontierPoint(budget, solution.ObjectiveUsd, solution.Status, ids, solution.ExpectedServedTonnes);
        }).ToArray();
}
