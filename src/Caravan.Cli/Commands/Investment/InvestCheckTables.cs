using System.Globalization;
using Caravan.Optimization.Investment;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>The table of the final Monte Carlo check that <c>caravan invest</c> prints.</summary>
internal static class InvestCheckTables
{
    public static void Write(IAnsiConsole console, PortfolioCheckResult check)
    {
        if (check.Skipped is { } why)
        {
            console.MarkupLine($"Monte Carlo check: {Markup.Escape(why)}");
            return;
        }
        var table = new Table()
            .Title($"Monte Carlo check: {check.Runs} replications per side, seed {check.Seed}, common random numbers "
                + $"({check.WallTime.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s); lead time days without → with the portfolio")
            .AddColumns("scenario", "commodity", "from → to", "mean", "P95", "P99", "stock-out probability");
        foreach (var scenario in check.Scenarios)
        {
            foreach (var od in scenario.Ods)
            {
                table.AddRow(Markup.Escape(scenario.Scenario), Markup.Escape(od.Commodity), Markup.Escape($"{od.From} → {od.To}"),
                    Pair(od.Baseline?.MeanDays, od.Portfolio?.MeanDays, od.Change.MeanDays),
                    Pair(od.Baseline?.P95Days, od.Portfolio?.P95Days, od.Change.P95Days),
                    Pair(od.Baseline?.P99Days, od.Portfolio?.P99Days, od.Change.P99Days),
                    Pair(od.Baseline?.StockoutProbability, od.Portfolio?.StockoutProbability, od.Change.StockoutProbability));
            }
        }
        console.Write(table);
    }

    private static string Pair(double? before, double? after, double? change)
    {
        static string F(double? v) => v is { } x ? x.ToString("0.##", CultureInfo.InvariantCulture) : "-";
        var delta = change is { } d && Math.Abs(d) > 0.005 ? $" ({(d > 0 ? "+" : "")}{F(d)})" : "";
        return $"{F(before)} → {F(after)}{delta}";
    }
}
