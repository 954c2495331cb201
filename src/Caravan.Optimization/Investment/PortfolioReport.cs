using System.Globalization;

namespace Caravan.Optimization.Investment;

/// <summary>
/// Explains a solved portfolio: each candidate's value alone and within the portfolio, per scenario,
/// and in words why it was chosen — which bottleneck (a binding capacity or supply whose dual is
/// positive) it relieves, under which scenario — or why it was left out.
/// </summary>
public sealed class PortfolioReport
{
    private PortfolioReport(PortfolioEvaluation baseline, PortfolioEvaluation portfolio, IReadOnlyList<ProjectContribution> projects)
    {
        Baseline = baseline;
        Portfolio = portfolio;
        Projects = projects;
    }

    /// <summary>No project built.</summary>
    public PortfolioEvaluation Baseline { get; }

    /// <summary>The chosen portfolio.</summary>
    public PortfolioEvaluation Portfolio { get; }

    /// <summary>Every candidate, chosen ones first, by benefit.</summary>
    public IReadOnlyList<ProjectContribution> Projects { get; }

    /// <summary>
    /// Evaluates the portfolio of <paramref name="solution"/> and every candidate alone, with the flows of
    /// <paramref name="objective"/> (the one the portfolio was chosen for).
    /// </summary>
    public static PortfolioReport Create(InvestmentInstance instance, InvestmentSolution solution,
        InvestmentObjective objective = InvestmentObjective.Cost)
    {
        var count = instance.Projects.Count;
        var built = solution.Built.ToArray();
        var baseline = PortfolioEvaluator.Evaluate(instance, new bool[count], objective);
        var portfolio = PortfolioEvaluator.Evaluate(instance, built, objective);
        var list = new List<ProjectContribution>();
        for (var p = 0; p < count; p++)
        {
            var terms = instance.Projects[p];
            var alone = new bool[count];
            alone[p] = true;
            var aloneEval = PortfolioEvaluator.Evaluate(instance, alone, objective);
            var benefitAlone = baseline.ExpectedFlowCostUsd - aloneEval.ExpectedFlowCostUsd;
            if (!built[p])
            {
                list.Add(new ProjectContribution(terms.Id, false, terms.CapexUsd, terms.AnnualCostUsd, 0, benefitAlone, null, [],
                    WhyNot(terms, benefitAlone, objective, aloneEval.ExpectedServedTonnes - baseline.ExpectedServedTonnes)));
                continue;
            }
            var without = built.ToArray();
            without[p] = false;
            var withoutEval = PortfolioEvaluator.Evaluate(instance, without, objective);
            var perScenario = portfolio.Scenarios.Select((s, i) => new ScenarioContribution(
                s.Scenario, withoutEval.Scenarios[i].CostUsd - s.CostUsd, s.ServedTonnes - withoutEval.Scenarios[i].ServedTonnes)).ToArray();
            var benefit = withoutEval.ExpectedFlowCostUsd - portfolio.ExpectedFlowCostUsd;
            var servedGain = portfolio.ExpectedServedTonnes - withoutEval.ExpectedServedTonnes;
            var why = Why(instance, p, withoutEval, baseline, perScenario, benefit, benefitAlone);
            if (objective == InvestmentObjective.Served && servedGain > 1e-6)
                why = $"serves {Tonnes(servedGain)} t/yr more expected demand within the portfolio; {why}";
            list.Add(new ProjectContribution(terms.Id, true, terms.CapexUsd, terms.AnnualCostUsd, benefit, benefitAlone,
                solution.StartYears?[p], perScenario, why));
        }
        return new PortfolioReport(baseline, portfolio,
            list.OrderByDescending(c => c.Chosen).ThenByDescending(c => c.Chosen ? c.BenefitUsd : c.BenefitAloneUsd).ToArray());
    }

    private static string Why(InvestmentInstance instance, int p, PortfolioEvaluation without, PortfolioEvaluation baseline,
        ScenarioContribution[] perScenario, double benefit, double benefitAlone)
    {
        var touched = Touched(instance, p);
        var best = perScenario.OrderByDescending(s => s.CostSavedUsd).First();
        var scenarioText = $"saves most under {best.Scenario} ({Money(best.CostSavedUsd)}/yr"
            + (best.ServedTonnesGained > 1e-6 ? $", {best.ServedTonnesGained.ToString("N0", CultureInfo.InvariantCulture)} t/yr more demand served)" : ")");
        // Bottlenecks flagged without this project (the rest of the portfolio built), else with nothing built.
        foreach (var evaluation in new[] { without, baseline })
        {
            var hit = evaluation.Scenarios
                .SelectMany(s => s.Bottlenecks.Select(b => (s.Scenario, b)))
                .Where(x => touched.Contains(Key(x.b)))
                .OrderByDescending(x => x.b.ValueUsdPerTonnePerYear)
                .FirstOrDefault();
            if (hit.b is { } b)
            {
                var value = b.Kind == "supply"
                    ? $"{Money(b.ValueUsdPerTonnePerYear)} per extra t/yr of {b.Commodity}"
                    : $"{Money(b.ValueUsdPerTonnePerDay)}/yr per extra t/day";
                return $"relieves the bottleneck {b.Kind} {b.Id} under {hit.Scenario} (dual {value}); {scenarioText}";
            }
        }
        var synergy = benefit > benefitAlone * 1.05 ? "; worth more with the rest of the portfolio than alone" : "";
        if (instance.Scenarios.Any(s => s.Variants.Any(v => v.Project == p)))
            return $"no binding capacity: chosen because it cuts the generalised cost (time value, dwell, risk) on links that carry flow; {scenarioText}{synergy}";
        if (instance.Scenarios.Any(s => s.ArcOwner.Contains(p)))
            return $"opens a new route that carries flow; {scenarioText}{synergy}";
        return $"chosen for its expected saving of {Money(benefit)}/yr against {Money(instance.Projects[p].AnnualCostUsd)}/yr of annual cost; {scenarioText}{synergy}";
    }

    private static string WhyNot(ProjectTerms terms, double benefitAlone, InvestmentObjective objective, double servedAlone) =>
        objective == InvestmentObjective.Served
            ? servedAlone > 1e-6
                ? $"alone it would serve {Tonnes(servedAlone)} t/yr more expected demand, but the budget, a rule, or a combination that serves more leaves it out"
                : "alone it serves no more demand, and no project that serves more needs it"
        : benefitAlone < terms.AnnualCostUsd
            ? $"alone it saves {Money(benefitAlone)}/yr, less than its annual cost of {Money(terms.AnnualCostUsd)}/yr"
            : $"alone it would pay ({Money(benefitAlone)}/yr against {Money(terms.AnnualCostUsd)}/yr) but the budget, a rule, or a better combination leaves it out";

    private static HashSet<string> Touched(InvestmentInstance instance, int p)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in instance.Scenarios)
        {
            foreach (var g in s.ArcGains.Where(g => g.Project == p))
                keys.Add($"link:{s.ArcLinkIds[g.Index]}");
            foreach (var g in s.NodeGains.Where(g => g.Project == p))
                keys.Add($"node:{s.NodeIds[g.Index]}");
            foreach (var g in s.SupplyGains.Where(g => g.Project == p))
                keys.Add($"supply:{s.NodeIds[g.Index % s.NodeCount]}:{s.CommodityIds[g.Index / s.NodeCount]}");
        }
        return keys;
    }

    private static string Key(BindingLimit b) => b.Kind == "supply" ? $"supply:{b.Id}:{b.Commodity}" : $"{b.Kind}:{b.Id}";

    private static string Tonnes(double t) => t.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>US$ with a magnitude suffix, for explanations.</summary>
    public static string Money(double usd) => Math.Abs(usd) switch
    {
        >= 1e9 => $"US${(usd / 1e9).ToString("0.##", CultureInfo.InvariantCulture)} bn",
        >= 1e6 => $"US${(usd / 1e6).ToString("0.##", CultureInfo.InvariantCulture)} m",
        >= 1e3 => $"US${(usd / 1e3).ToString("0.#", CultureInfo.InvariantCulture)} k",
        _ => $"US${usd.ToString("0", CultureInfo.InvariantCulture)}",
    };
}
