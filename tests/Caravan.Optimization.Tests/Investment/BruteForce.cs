using Caravan.Optimization.Investment;

namespace Caravan.Optimization.Tests.Investment;

/// <summary>
/// The oracle: every portfolio the rules allow, each scored by solving its scenarios' LPs with the
/// projects fixed, and the cheapest kept. Exponential; for ≤ 12 projects.
/// </summary>
internal static class BruteForce
{
    public static (double Objective, bool[] Built) Solve(InvestmentInstance instance, InvestmentSettings settings)
    {
        var count = instance.Projects.Count;
        var best = (Objective: double.PositiveInfinity, Built: new bool[count]);
        for (var mask = 0; mask < 1 << count; mask++)
        {
            var built = Enumerable.Range(0, count).Select(p => (mask >> p & 1) == 1).ToArray();
            if (!Allowed(instance, settings, built))
                continue;
            var total = PortfolioEvaluator.Evaluate(instance, built).TotalUsd;
            if (total < best.Objective)
                best = (total, built);
        }
        return best;
    }

    /// <summary>
    /// The served objective by enumeration: the most expected demand any allowed portfolio serves (each
    /// portfolio's flows serving the most, then cheapest), then the least expected total cost among the
    /// portfolios that serve that much (within the MIP's tolerance).
    /// </summary>
    public static (double Served, double Objective) SolveServed(InvestmentInstance instance, InvestmentSettings settings)
    {
        var count = instance.Projects.Count;
        var scored = new List<PortfolioEvaluation>();
        for (var mask = 0; mask < 1 << count; mask++)
        {
            var built = Enumerable.Range(0, count).Select(p => (mask >> p & 1) == 1).ToArray();
            if (Allowed(instance, settings, built))
                scored.Add(PortfolioEvaluator.Evaluate(instance, built, InvestmentObjective.Served));
        }
        var most = scored.Max(e => e.ExpectedServedTonnes);
        var tolerance = InvestmentMip.ServedToleranceTonnes(InvestmentMip.ExpectedDemandTonnes(instance));
        return (most, scored.Where(e => e.ExpectedServedTonnes >= most - tolerance).Min(e => e.TotalUsd));
    }

    public static bool Allowed(InvestmentInstance instance, InvestmentSettings settings, bool[] built)
    {
        var projects = instance.Projects;
        if (settings.BudgetUsd is { } budget && projects.Where((_, p) => built[p]).Sum(p => p.CapexUsd) > budget + 1e-9)
            return false;
        for (var p = 0; p < projects.Count; p++)
        {
            if (built[p] && (projects[p].Requires.Any(q => !built[q]) || projects[p].Excludes.Any(q => built[q])))
                return false;
        }
        return settings.YearlyBudgetUsd is not { } yearly || Schedulable(projects, built, yearly, settings.HorizonYears);
    }

    /// <summary>True when some start years fit the yearly budget, the horizon and the finish-before-start rule.</summary>
    public static bool Schedulable(IReadOnlyList<ProjectTerms> projects, bool[] built, double yearly, int horizon)
    {
        // Place projects in an order where requirements come first, trying every start year (depth first).
        var order = new List<int>();
        void Visit(int p)
        {
            if (order.Contains(p))
                return;
            foreach (var q in projects[p].Requires)
                Visit(q);
            order.Add(p);
        }
        for (var p = 0; p < projects.Count; p++)
        {
            if (built[p])
                Visit(p);
        }
        var start = new int[projects.Count];
        var spend = new double[horizon];
        bool Place(int i)
        {
            if (i == order.Count)
                return true;
            var p = order[i];
            var b = projects[p].BuildYears;
            var share = projects[p].CapexUsd / b;
            var earliest = projects[p].Requires.Select(q => start[q] + projects[q].BuildYears).DefaultIfEmpty(0).Max();
            for (var t = earliest; t + b <= horizon; t++)
            {
                if (Enumerable.Range(t, b).Any(year => spend[year] + share > yearly + 1e-9))
                    continue;
                start[p] = t;
                for (var year = t; year < t + b; year++)
                    spend[year] += share;
                if (Place(i + 1))
                    return true;
                for (var year = t; year < t + b; year++)
                    spend[year] -= share;
            }
            return false;
        }
        return Place(0);
    }
}
