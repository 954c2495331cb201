using System.Globalization;
using Caravan.Core.Investment;
using Caravan.Optimization.Investment;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>The tables <c>caravan invest</c> prints.</summary>
internal static class InvestTables
{
    public static void Write(IAnsiConsole console, InvestmentInstance instance, InvestmentSolution solution, PortfolioReport? report,
        IReadOnlyList<FrontierPoint> frontier, IReadOnlyList<Project> projects)
    {
        var names = projects.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        console.MarkupLine($"[bold]invest[/]: {instance.Projects.Count} candidates, {instance.Scenarios.Count} scenarios ("
            + Markup.Escape(string.Join(", ", instance.Scenarios.Select(s => $"{s.Name} {s.Probability.ToString("0.###", CultureInfo.InvariantCulture)}"))) + ")");
        console.MarkupLine($"status [bold]{solution.Status.ToString().ToLowerInvariant()}[/] ({solution.Solver}, {solution.WallTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s)");
        if (report is null)
        {
            console.MarkupLine("no portfolio: " + (solution.Status == InvestmentStatus.Infeasible
                ? "no set of projects meets the budgets, dependencies and schedule" : "the solver stopped before finding one"));
            return;
        }
        var chosen = report.Projects.Where(p => p.Chosen).ToArray();
        console.MarkupLine($"expected annual total cost [bold]{Money(solution.ObjectiveUsd)}[/]/yr against {Money(report.Baseline.TotalUsd)}/yr with no project; "
            + $"capex {Money(chosen.Sum(p => p.CapexUsd))}; expected demand served {Tonnes(report.Portfolio.ExpectedServedTonnes)} t/yr (baseline {Tonnes(report.Baseline.ExpectedServedTonnes)})");

        var portfolio = new Table().Title("Portfolio (benefit = expected flow cost saved within the portfolio)")
            .AddColumns("project", "capex", "annual cost", "benefit /yr", "alone /yr", "start", "why");
        foreach (var p in chosen)
        {
            portfolio.AddRow(Markup.Escape($"{p.Id}\n{names.GetValueOrDefault(p.Id, "")}"), Money(p.CapexUsd), Money(p.AnnualCostUsd), Money(p.BenefitUsd),
                Money(p.BenefitAloneUsd), p.StartYear is { } y ? $"year {y}" : "", Markup.Escape(p.Explanation));
        }
        console.Write(portfolio);

        if (chosen.Length > 0)
        {
            var perScenario = new Table().Title("Contribution per scenario (cost saved /yr; extra demand served t/yr)").AddColumn("project");
            foreach (var s in instance.Scenarios)
                perScenario.AddColumn(Markup.Escape(s.Name));
            foreach (var p in chosen)
            {
                perScenario.AddRow([Markup.Escape(p.Id), .. p.Scenarios.Select(s =>
                    Money(s.CostSavedUsd) + (s.ServedTonnesGained > 1e-6 ? $"\n+{Tonnes(s.ServedTonnesGained)} t" : ""))]);
            }
            console.Write(perScenario);
        }

        var scenarios = new Table().Title("Scenarios: flow cost /yr and unmet demand t/yr, without and with the portfolio")
            .AddColumns("scenario", "probability", "cost without", "cost with", "unmet without", "unmet with", "top bottleneck without");
        for (var i = 0; i < instance.Scenarios.Count; i++)
        {
            var before = report.Baseline.Scenarios[i];
            var after = report.Portfolio.Scenarios[i];
            var top = before.Bottlenecks.Count > 0 ? before.Bottlenecks[0] : null;
            scenarios.AddRow(Markup.Escape(before.Scenario), before.Probability.ToString("0.###", CultureInfo.InvariantCulture),
                Money(before.CostUsd), Money(after.CostUsd), Tonnes(before.UnmetTonnes), Tonnes(after.UnmetTonnes),
                top is null ? "none binding" : Markup.Escape($"{top.Kind} {top.Id}{(top.Commodity.Length > 0 ? $" ({top.Commodity})" : "")}: {Money(top.ValueUsdPerTonnePerYear)} per t/yr"));
        }
        console.Write(scenarios);

        var left = new Table().Title("Candidates left out").AddColumns("project", "capex", "annual cost", "alone saves /yr", "why not");
        foreach (var p in report.Projects.Where(p => !p.Chosen))
            left.AddRow(Markup.Escape(p.Id), Money(p.CapexUsd), Money(p.AnnualCostUsd), Money(p.BenefitAloneUsd), Markup.Escape(p.Explanation));
        console.Write(left);

        if (frontier.Count > 0)
        {
            var table = new Table().Title("Budget frontier").AddColumns("budget", "objective /yr", "served t/yr", "status", "portfolio");
            foreach (var f in frontier)
            {
                table.AddRow(Money(f.BudgetUsd), double.IsFinite(f.ObjectiveUsd) ? Money(f.ObjectiveUsd) : "-",
                    double.IsFinite(f.ExpectedServedTonnes) ? Tonnes(f.ExpectedServedTonnes) : "-",
                    f.Status.ToString().ToLowerInvariant(), Markup.Escape(f.Portfolio.Count == 0 ? "(none)" : string.Join(", ", f.Portfolio)));
            }
            console.Write(table);
        }
    }

    private static string Money(double usd) => PortfolioReport.Money(usd);

    private static string Tonnes(double t) => t.ToString("N0", CultureInfo.InvariantCulture);
}
