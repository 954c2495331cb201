using System.Globalization;
using Caravan.Core.Simulation;
using Caravan.Questions.Contracts;
using Spectre.Console;

namespace Caravan.Cli.Simulation;

/// <summary>Renders simulation results as tables for people.</summary>
internal static class SimulationTables
{
    private static string Pair(OdPairResult od) => od.Via.Length == 0 ? $"{od.From} → {od.To}" : $"{od.From} → {od.To} via {od.Via}";

    public static void Write(IAnsiConsole console, SimulationResult result)
    {
        var m = result.Manifest;
        console.MarkupLine($"[bold]{Markup.Escape(m.Dataset)}[/] · scenario [bold]{Markup.Escape(m.Scenario)}[/] · {m.Replications} replications × {N(m.HorizonDays, 0)} days (warm-up {N(m.WarmupDays, 0)}) · seed {m.Seed} · {m.Events:N0} events · {m.Reroutes:N0} re-routes · {N(m.WallTimeSeconds ?? 0, 2)} s");
        var ods = new Table().Title("Lead time by commodity and origin–destination, days (mean ± 95 % margin)")
            .AddColumns("commodity", "from → to", "plan t/yr", "arrived t/yr", "mean", "P50 / P90 / P95 / P99", "promised", "on time", "P(stock-out)", "stranded t");
        foreach (var od in result.OdPairs)
        {
            var l = od.LeadTimeDays;
            ods.AddRow(
                Markup.Escape(od.Commodity), Markup.Escape(Pair(od)), N(od.ReleasedTonnesPerYear, 1), N(od.ArrivedTonnesPerYear, 1),
                l is null ? "–" : Pm(l.Mean, od.LeadTimeDaysHalfWidth95!.Mean),
                l is null ? "–" : $"{N(l.P50, 1)} / {N(l.P90, 1)} / {N(l.P95, 1)} / {N(l.P99, 1)}",
                N(od.PromisedLeadTimeDays, 1), od.OnTimeRate is { } r ? P(r) : "–", P(od.StockoutProbability),
                N(od.StrandedTonnes, 1));
        }
        console.Write(ods);
        var busiest = result.Resources
            .OrderByDescending(r => r.MeanQueue).ThenByDescending(r => r.Utilisation ?? 0).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Take(12).ToArray();
        var resources = new Table().Title("Busiest resources (by mean queue)")
            .AddColumns("resource", "kind", "utilisation", "mean queue", "max queue", "mean wait h", "lots/day");
        foreach (var r in busiest)
        {
            resources.AddRow(Markup.Escape(r.Id), r.Kind, r.Utilisation is { } u ? P(u) : "–", N(r.MeanQueue, 2),
                N(r.MaxQueue, 0), N(r.MeanWaitHours, 1), N(r.ArrivalsPerHour * Core.Hours.PerDay, 2));
        }
        console.Write(resources);
    }

    public static void WriteComparison(IAnsiConsole console, SimulationComparison comparison)
    {
        var scenarios = comparison.Scenarios;
        var table = new Table().Title("Lead time by scenario, days: mean / P95 (on-time rate) — common random numbers")
            .AddColumn("commodity").AddColumn("from → to");
        foreach (var s in scenarios)
            table.AddColumn(Markup.Escape(s.Manifest.Scenario));
        foreach (var od in scenarios[0].OdPairs)
        {
            var cells = new List<string> { Markup.Escape(od.Commodity), Markup.Escape(Pair(od)) };
            foreach (var s in scenarios)
            {
                var match = s.OdPairs.FirstOrDefault(o => o.Commodity == od.Commodity && o.From == od.From && o.To == od.To && o.Via == od.Via);
                cells.Add(match?.LeadTimeDays is { } l
                    ? $"{N(l.Mean, 1)} / {N(l.P95, 1)} ({(match.OnTimeRate is { } r ? P(r) : "–")})"
                    : "no delivery");
            }
            table.AddRow(cells.ToArray());
        }
        var delta = new List<string> { "[bold]all lots[/]", "Δ mean vs baseline (± 95 %)", "–" };
        delta.AddRange(comparison.Differences.Select(d => Pm(d.MeanLeadTimeDaysDelta, d.HalfWidth95)));
        table.AddRow(delta.ToArray());
        console.Write(table);
    }

    private static string N(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string P(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static string Pm(double value, double halfWidth) => $"{N(value, 1)} ± {N(halfWidth, 1)}";
}
