using System.Diagnostics;
using System.Globalization;
using Caravan.Cli.Output;
using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Simulation;
using Caravan.Optimization.Investment;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan invest</c>: which candidate projects a budget should buy, scored over disruption scenarios.</summary>
public sealed class InvestCommand(IAnsiConsole console) : Command<InvestSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, InvestSettings settings, CancellationToken cancellationToken)
    {
        var dataset = settings.LoadDataset();
        var source = settings.DatasetSource();
        var started = Stopwatch.GetTimestamp();
        var loaded = ProjectReader.Load(source, dataset);
        if (loaded.Projects is not { } projects)
            throw new CaravanException($"{loaded.Problems.Count} project problem(s):\n{string.Join('\n', loaded.Problems.Take(20))}");
        if (projects.Count == 0)
            throw new CaravanException($"the dataset has no candidate projects: add {ProjectReader.File} and {ProjectReader.Folder}/ (docs/investment.md)");
        var scenarios = InvestScenarios.Resolve(settings, dataset);
        var sweep = settings.SweepUsd;
        var solverSettings = new InvestmentSettings
        {
            BudgetUsd = settings.BudgetUsd,
            YearlyBudgetUsd = settings.YearlyBudgetUsd,
            HorizonYears = settings.Horizon,
            Solver = settings.Solver.ToUpperInvariant(),
            Objective = settings.ObjectiveKind,
        };
        var instance = InstanceBuilder.Build(dataset, projects, scenarios);
        var solution = InvestmentMip.Solve(instance, solverSettings);
        if (solution.Status == InvestmentStatus.SolverUnavailable)
            throw new CaravanException($"--solver '{settings.Solver}' is not available in this OR-Tools build; use SCIP, CBC, CP_SAT or HIGHS");
        var report = solution.HasPortfolio ? PortfolioReport.Create(instance, solution, solverSettings.Objective) : null;
        var frontier = sweep is { } s
            ? BudgetSweep.Run(instance, solverSettings, BudgetSweep.Budgets(s.Min, s.Max, s.Step))
            : [];
        var plots = settings.Plot is { } dir && frontier.Count > 0 ? FrontierPlot.Save(frontier, dir) : [];
        var check = report is not null && settings.CheckRuns > 0
            ? Check(dataset, projects, report.Projects.Where(p => p.Chosen).Select(p => p.Id).ToArray(), scenarios, settings, cancellationToken)
            : null;

        if (settings.Json)
        {
            JsonOutput.Write(console, new InvestJson(
                solution.Status,
                solution.HasPortfolio ? solution.ObjectiveUsd : null,
                report?.Projects.Where(p => p.Chosen).Select(p => new InvestPortfolioJson(p.Id, p.CapexUsd, p.BenefitUsd)).ToArray() ?? [],
                frontier.Select(f => new InvestFrontierJson(f.BudgetUsd, Finite(f.ObjectiveUsd), Finite(f.ExpectedServedTonnes))).ToArray(),
                settings.ObjectiveKind,
                solution.HasPortfolio ? solution.ExpectedServedTonnes : null,
                check));
            return 0;
        }
        InvestTables.Write(console, instance, solution, report, frontier, projects);
        if (check is not null)
            InvestCheckTables.Write(console, check);
        else if (settings.CheckRuns == 0)
            console.MarkupLine("[dim]Monte Carlo check skipped (--check-runs 0)[/]");
        console.MarkupLine($"[dim]{Stopwatch.GetElapsedTime(started).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s in all[/]");
        foreach (var path in plots)
            console.MarkupLine($"wrote [bold]{Markup.Escape(path)}[/]");
        return 0;
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>The final Monte Carlo check, with a progress bar only on an interactive terminal and never around JSON.</summary>
    private PortfolioCheckResult Check(Dataset dataset, IReadOnlyList<Project> projects, IReadOnlyList<string> chosen,
        IReadOnlyList<WeightedScenario> scenarios, InvestSettings settings, CancellationToken cancellationToken)
    {
        var options = new SimulationOptions { Replications = settings.CheckRuns, Seed = settings.Seed };
        PortfolioCheckResult Run(IProgress<int>? progress)
        {
            try
            {
                return PortfolioCheck.Run(dataset, projects, chosen, scenarios, options, progress, cancellationToken);
            }
            catch (ArgumentException e)
            {
                throw new CaravanException($"Monte Carlo check: {e.Message}");
            }
        }
        if (chosen.Count == 0 || settings.Json || !console.Profile.Capabilities.Interactive)
            return Run(null);
        PortfolioCheckResult? result = null;
        console.Progress().Start(progress =>
        {
            var task = progress.AddTask("Monte Carlo check: baseline vs portfolio", maxValue: 2.0 * scenarios.Count * options.Replications);
            result = Run(new ProgressReport(done => task.Value = done));
            task.Value = task.MaxValue;
        });
        return result!;
    }

    /// <summary>Reports progress on the calling thread at once (Progress&lt;T&gt; would post to the thread pool and lag).</summary>
    private sealed class ProgressReport(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
