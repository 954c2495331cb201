using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Simulation;
using Caravan.Optimization.Investment;
using Caravan.Server.Contracts;
using Caravan.Server.Runs;

namespace Caravan.Server.Investment;

/// <summary>
/// The work of an invest run, off the request thread: build the instance, solve, explain, sweep, and
/// check by simulation, as <c>caravan invest</c> does. Progress: solve and report to 0.45, the sweep
/// to 0.6, the Monte Carlo check to 1.
/// </summary>
public static class InvestRun
{
    /// <summary>Runs <paramref name="question"/> and reports progress through <paramref name="context"/>.</summary>
    public static async Task<object> RunAsync(Dataset dataset, IReadOnlyList<Project> projects, InvestQuestion question, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var done = new double[1];
        var work = Task.Run(() => Compute(dataset, projects, question, f => Volatile.Write(ref done[0], f), context.CancellationToken),
            context.CancellationToken);
        // The optimiser and the simulator report from their own threads; the store hears it from here.
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(200, context.CancellationToken));
            await context.ReportAsync(Math.Min(0.99, Volatile.Read(ref done[0])));
        }
        return await work;
    }

    /// <summary>The results, synchronously; <paramref name="progress"/> hears the fraction done.</summary>
    public static InvestResults Compute(Dataset dataset, IReadOnlyList<Project> projects, InvestQuestion question, Action<double> progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(progress);
        var instance = InstanceBuilder.Build(dataset, projects, question.Scenarios);
        progress(0.1);
        // A cancel interrupts the MIP under way (the solvers that allow it), then stops here.
        var settings = question.Settings with { Cancellation = cancellationToken };
        var solution = InvestmentMip.Solve(instance, settings);
        cancellationToken.ThrowIfCancellationRequested();
        progress(0.3);
        var report = solution.HasPortfolio ? PortfolioReport.Create(instance, solution, question.Settings.Objective) : null;
        progress(0.45);
        var frontier = new List<FrontierPoint>();
        foreach (var budget in question.SweepBudgets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            frontier.AddRange(BudgetSweep.Run(instance, settings, [budget]));
            progress(0.45 + 0.15 * frontier.Count / question.SweepBudgets.Count);
        }
        var chosen = report?.Projects.Where(p => p.Chosen).ToArray() ?? [];
        PortfolioCheckResult? check = null;
        if (report is not null && question.CheckRuns > 0)
        {
            var options = new SimulationOptions { Replications = question.CheckRuns, Seed = question.Seed };
            var total = 2.0 * question.Scenarios.Count * options.Replications;
            check = PortfolioCheck.Run(dataset, projects, chosen.Select(p => p.Id).ToArray(), question.Scenarios, options,
                new Fraction(done => progress(0.6 + 0.4 * done / total)), cancellationToken);
        }
        var names = projects.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        return new InvestResults(
            solution.Status,
            solution.HasPortfolio ? solution.ObjectiveUsd : null,
            chosen.Select(p => new InvestPortfolioItem(p.Id, p.CapexUsd, p.BenefitUsd)).ToArray(),
            frontier.Select(f => new InvestFrontierItem(f.BudgetUsd, Finite(f.ObjectiveUsd), Finite(f.ExpectedServedTonnes))).ToArray(),
            question.Settings.Objective,
            solution.HasPortfolio ? solution.ExpectedServedTonnes : null,
            check,
            report?.Baseline.TotalUsd,
            report?.Projects.Select(p => new InvestProjectView(p.Id, names.GetValueOrDefault(p.Id, p.Id), p.Chosen, p.CapexUsd, p.AnnualCostUsd,
                p.BenefitUsd, p.BenefitAloneUsd, p.StartYear, p.Explanation)).ToArray() ?? [],
            instance.Scenarios.Select(s => new InvestScenarioWeight(s.Name, s.Probability)).ToArray());
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private sealed class Fraction(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
