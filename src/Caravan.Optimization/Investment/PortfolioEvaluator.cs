using Google.OrTools.LinearSolver;

namespace Caravan.Optimization.Investment;

/// <summary>
/// Scores a fixed portfolio: each scenario's flow is an independent LP once the projects are fixed, so
/// each is solved alone, which also yields its duals (the bottleneck values).
/// </summary>
public static class PortfolioEvaluator
{
    /// <summary>The LP backend used. GLOP gives exact duals on these small LPs.</summary>
    public const string LpSolver = "GLOP";

    /// <summary>
    /// Scores <paramref name="built"/> in every scenario of <paramref name="instance"/>: the cheapest flow, or with
    /// <see cref="InvestmentObjective.Served"/> the cheapest flow among those that serve the most demand.
    /// </summary>
    public static PortfolioEvaluation Evaluate(InvestmentInstance instance, IReadOnlyList<bool> built,
        InvestmentObjective objective = InvestmentObjective.Cost)
    {
        var fixedBuilt = built.ToArray();
        var projectCost = instance.Projects.Where((_, p) => fixedBuilt[p]).Sum(p => p.AnnualCostUsd);
        // Scenarios are independent LPs once the portfolio is fixed: solve them on all cores.
        var outcomes = new ScenarioOutcome[instance.Scenarios.Count];
        Parallel.For(0, outcomes.Length, i => outcomes[i] = Scenario(instance.Scenarios[i], fixedBuilt,
            objective == InvestmentObjective.Served ? LeastUnmet(instance.Scenarios[i], fixedBuilt) : null));
        return new PortfolioEvaluation(fixedBuilt, projectCost, outcomes);
    }

    // The least unmet demand the portfolio allows in the scenario, t/yr: the flow LP with only unmet demand priced.
    private static double LeastUnmet(FlowScenario s, bool[] built)
    {
        using var solver = Solver.CreateSolver(LpSolver) ?? throw new InvalidOperationException($"OR-Tools has no {LpSolver}");
        var rows = FlowRows.WithPortfolio(solver, s, built, 1);
        var objective = solver.Objective();
        objective.Clear();
        objective.SetMinimization();
        rows.AddUnmetTerms(objective, 1);
        if (solver.Solve() != Solver.ResultStatus.OPTIMAL)
            throw new InvalidOperationException($"served-demand LP of scenario '{s.Name}' did not solve");
        return rows.UnmetTonnes().Sum();
    }

    private static ScenarioOutcome Scenario(FlowScenario s, bool[] built, double? leastUnmet)
    {
        using var solver = Solver.CreateSolver(LpSolver) ?? throw new InvalidOperationException($"OR-Tools has no {LpSolver}");
        solver.Objective().SetMinimization();
        var rows = FlowRows.WithPortfolio(solver, s, built, 1);
        if (leastUnmet is { } least)
        {
            var cap = solver.MakeConstraint(double.NegativeInfinity, least + InvestmentMip.ServedToleranceTonnes(s.Demand.Sum(d => d.Sum())), "");
            rows.AddUnmetTerms(cap, 1);
        }
        var status = solver.Solve();
        // The flow LP is always feasible (unmet demand is a priced slack) and bounded (costs ≥ 0), so
        // anything but optimal is a defect in the model or the solver.
        if (status != Solver.ResultStatus.OPTIMAL)
            throw new InvalidOperationException($"flow LP of scenario '{s.Name}' ended {status}");
        var unmet = rows.UnmetTonnes().Sum();
        var demand = s.Demand.Sum(d => d.Sum());
        return new ScenarioOutcome(s.Name, s.Probability, rows.Cost(), unmet, demand - unmet, Bottlenecks(s, rows));
    }

    // A capacity row Σ flow ≤ cap has dual ≤ 0 in a minimisation: −dual is what one more t/yr saves.
    private static List<BindingLimit> Bottlenecks(FlowScenario s, FlowRows rows)
    {
        const double Tiny = 1e-6;
        var list = new List<BindingLimit>();
        var seenLinks = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var a = 0; a < s.ArcCount; a++)
        {
            if (rows.ArcRows[a] is { } row && -row.DualValue() > Tiny)
                seenLinks[s.ArcLinkIds[a]] = Math.Max(seenLinks.GetValueOrDefault(s.ArcLinkIds[a]), -row.DualValue());
        }
        list.AddRange(seenLinks.Select(kv => new BindingLimit("link", kv.Key, "", kv.Value)));
        for (var n = 0; n < s.NodeCount; n++)
        {
            if (rows.NodeRows[n] is { } row && -row.DualValue() > Tiny)
                list.Add(new BindingLimit("node", s.NodeIds[n], "", -row.DualValue()));
        }
        for (var i = 0; i < rows.SupplyRows.Length; i++)
        {
            if (rows.SupplyRows[i] is { } row && -row.DualValue() > Tiny)
                list.Add(new BindingLimit("supply", s.NodeIds[i % s.NodeCount], s.CommodityIds[i / s.NodeCount], -row.DualValue()));
        }
        return list.OrderByDescending(b => b.ValueUsdPerTonnePerYear).ToList();
    }
}
