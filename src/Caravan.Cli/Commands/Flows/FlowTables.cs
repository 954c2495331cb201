using System.Globalization;
using Caravan.Optimization.Flows;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>Table output of flow reports and comparisons.</summary>
internal static class FlowTables
{
    public static void Write(IAnsiConsole console, FlowReport r, int top)
    {
        console.MarkupLine($"[bold]flow[/] {Markup.Escape(r.Scenario)}: {Markup.Escape(Status(r.Status))} ({Markup.Escape(r.Solver)}, {r.SolveSeconds:0.000} s), {r.PeriodDays:0} days");
        if (!string.IsNullOrEmpty(r.Message))
            console.MarkupLine($"  {Markup.Escape(r.Message)}");
        if (!double.IsFinite(r.TotalCostUsd))
            return;
        console.MarkupLine($"  total cost [bold]US${Usd(r.TotalCostUsd)}[/] over the period; unmet {Tonnes(r.UnmetTonnes)} t of {Tonnes(r.DemandTonnes)} t demanded");
        var c = r.Cost;
        console.MarkupLine($"  US$: freight {Usd(c.FreightUsd)}, handling {Usd(c.HandlingUsd)}, time {Usd(c.TimeUsd)}, CO2 {Usd(c.Co2Usd)}, risk {Usd(c.RiskUsd)}, penalty {Usd(c.PenaltyUsd)}");

        var flows = new Table().Title($"Largest flows (of {r.Flows.Count})").AddColumns("link", "from → to", "commodity", "t", "utilisation");
        foreach (var f in r.Flows.Take(top))
            flows.AddRow(Markup.Escape(f.Link), Markup.Escape($"{f.From} → {f.To}"), Markup.Escape(f.Commodity), Tonnes(f.Tonnes), Share(f.Utilisation));
        console.Write(flows);

        if (r.Sources.Count > 0)
        {
            var sources = new Table().Title("Supply by source").AddColumns("source", "country", "commodity", "available t", "shipped t");
            foreach (var x in r.Sources.Take(top))
                sources.AddRow(Markup.Escape(x.Node), Markup.Escape(x.Country), Markup.Escape(x.Commodity), Tonnes(x.AvailableTonnes), Tonnes(x.ShippedTonnes));
            console.Write(sources);
        }
        foreach (var note in r.Notes)
            console.MarkupLine($"  rule: {Markup.Escape(note)}");

        var unmet = r.Demand.Where(d => d.UnmetTonnes > 0).ToList();
        if (unmet.Count > 0)
        {
            var table = new Table().Title("Unmet demand").AddColumns("customer", "commodity", "demand t", "unmet t", "penalty US$/t");
            foreach (var d in unmet)
                table.AddRow(Markup.Escape(d.Node), Markup.Escape(d.Commodity), Tonnes(d.DemandTonnes), Tonnes(d.UnmetTonnes), Usd(d.PenaltyUsdPerTonne));
            console.Write(table);
        }

        var bottlenecks = new Table().Title("Bottlenecks: what one more unit/day (t, TEU or wagon) is worth over the period")
            .AddColumns("id", "kind", "capacity/day", "background/day", "minerals' utilisation", "delay h", "US$ binding", "US$ congestion", "basis");
        foreach (var b in r.Bottlenecks.Take(top))
        {
            bottlenecks.AddRow(Markup.Escape(b.Direction is "reverse" ? $"{b.Id} (reverse)" : b.Id), b.Kind,
                $"{Tonnes(b.CapacityPerDay)} {b.CapacityUnit}", Tonnes(b.BackgroundPerDay), Share(b.Utilisation), b.DelayHours.ToString("0.0", CultureInfo.InvariantCulture),
                Usd(b.DualUsdPerUnitPerDay), Usd(b.CongestionUsdPerUnitPerDay), b.Basis);
        }
        if (r.Bottlenecks.Count == 0)
            console.MarkupLine("  no capacity binds or queues");
        else
            console.Write(bottlenecks);
    }

    public static void Write(IAnsiConsole console, ScenarioComparison c, int top)
    {
        var first = c.Reports[0];
        var summary = new Table().Title("Scenarios (differences against the first)").AddColumns("scenario", "status", "total cost US$", "Δ cost US$", "unmet t", "Δ unmet t", "top bottleneck");
        foreach (var r in c.Reports)
        {
            var topBottleneck = r.Bottlenecks.Count > 0 && r.Bottlenecks[0] is { } b ? $"{b.Id} (US${Usd(b.ValueUsdPerUnitPerDay)} per {b.CapacityUnit}/day)" : "none";
            summary.AddRow(Markup.Escape(r.Scenario), Status(r.Status), Usd(r.TotalCostUsd), Usd(r.TotalCostUsd - first.TotalCostUsd),
                Tonnes(r.UnmetTonnes), Tonnes(r.UnmetTonnes - first.UnmetTonnes), Markup.Escape(topBottleneck));
        }
        console.Write(summary);

        var shifts = new Table().Title("Tonnes by corridor (mode, countries crossed), t").AddColumn("corridor");
        foreach (var r in c.Reports)
            shifts.AddColumn(Markup.Escape(r.Scenario));
        foreach (var s in c.CorridorShifts.Take(top))
            shifts.AddRow([Markup.Escape(s.Corridor), .. s.Tonnes.Select(Tonnes)]);
        console.Write(shifts);

        if (c.NewBottlenecks.Count == 0)
        {
            console.MarkupLine("no new bottlenecks");
            return;
        }
        var fresh = new Table().Title("New bottlenecks (binding here, not in the first scenario)").AddColumns("scenario", "id", "kind", "US$ per extra unit/day");
        foreach (var n in c.NewBottlenecks.Take(top * 2))
            fresh.AddRow(Markup.Escape(n.Scenario), Markup.Escape(n.Bottleneck.Id), n.Bottleneck.Kind, Usd(n.Bottleneck.DualUsdPerUnitPerDay) + " per " + n.Bottleneck.CapacityUnit);
        console.Write(fresh);
    }

    private static string Status(FlowStatus status) => status switch
    {
        FlowStatus.Optimal => "optimal",
        FlowStatus.TimeLimit => "time limit (best found)",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Usd(double value) => double.IsFinite(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : "–";

    private static string Tonnes(double value) => value.ToString(value < 100 ? "N2" : "N0", CultureInfo.InvariantCulture);

    private static string Share(double? value) => value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "unlimited";
}
