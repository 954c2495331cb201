using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Scenarios;
using Caravan.Optimization.Investment;

namespace Caravan.Optimization.Tests.Investment;

public sealed class BuiltInPortfolioTests
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();
    private static readonly IReadOnlyList<Project> Candidates = ProjectReader.Load(new BuiltInSource(), Eurasia).Projects!;

    [Fact]
    public void Solve_GalliumBanLikelyAndShortfallDear_BuysGalliumCapacityAndSaysWhichBottleneckItRelieves()
    {
        // Half the years under China's gallium export ban, and a tonne short costing ten times its value
        // (the default): Japan's 27 t/yr shortfall then dwarfs the expansion's annual cost.
        var instance = InstanceBuilder.Build(Eurasia, Candidates,
            [Weighted("baseline", 0.5), Weighted("china-gallium-export-ban", 0.5)],
            InvestmentAssumptions.Default with { PenaltyShareOfValue = 10 });
        var solution = InvestmentMip.Solve(instance, new InvestmentSettings { BudgetUsd = 1e9 });
        Assert.Equal(InvestmentStatus.Optimal, solution.Status);
        var report = PortfolioReport.Create(instance, solution);
        var chosen = report.Projects.Where(p => p.Chosen).ToList();
        Assert.Contains(chosen, p => p.Id == "pavlodar-gallium-expansion");
        // Explainable: every chosen project relieves a bottleneck the duals flag under some scenario.
        Assert.All(chosen, p => Assert.StartsWith("relieves the bottleneck", p.Explanation, StringComparison.Ordinal));
        var gallium = chosen.Single(p => p.Id == "pavlodar-gallium-expansion");
        // China's licence regime leaves Japan short in the baseline too, so the supply binds under both scenarios.
        Assert.Contains("supply kz-pavlodar-aok under", gallium.Explanation, StringComparison.Ordinal);
        Assert.Equal(27, gallium.Scenarios.Single(s => s.Scenario == "china-gallium-export-ban").ServedTonnesGained, 1e-6);
        Assert.Equal(0, report.Portfolio.Scenarios.Sum(s => s.UnmetTonnes), 1e-6);
    }

    [Fact]
    public void Solve_DefaultScenarios_EveryCandidateIsExplained()
    {
        var catalog = ScenarioCatalog.From(new BuiltInSource());
        var others = catalog.Scenarios.Where(s => s.Name != "baseline").ToArray();
        var scenarios = others.Select(s => new WeightedScenario(s.Name, [s], 0.5 / others.Length)).Prepend(Weighted("baseline", 0.5)).ToArray();
        var instance = InstanceBuilder.Build(Eurasia, Candidates, scenarios);
        var solution = InvestmentMip.Solve(instance, new InvestmentSettings());
        Assert.Equal(InvestmentStatus.Optimal, solution.Status);
        var report = PortfolioReport.Create(instance, solution);
        Assert.Equal(Candidates.Count, report.Projects.Count);
        Assert.All(report.Projects, p => Assert.False(string.IsNullOrWhiteSpace(p.Explanation)));
        // The MIP's objective is the portfolio's evaluated expected annual cost, and never above doing nothing.
        Assert.Equal(report.Portfolio.TotalUsd, solution.ObjectiveUsd, 1e-6 * solution.ObjectiveUsd);
        Assert.True(solution.ObjectiveUsd <= report.Baseline.TotalUsd * (1 + 1e-9));
    }

    private static WeightedScenario Weighted(string name, double probability)
    {
        var scenario = ScenarioCatalog.From(new BuiltInSource()).Resolve(name).Scenario!;
        return new WeightedScenario(name, [scenario], probability);
    }
}
