using System.Globalization;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>Table output of <c>caravan assign</c>.</summary>
internal static class AssignTables
{
    public static void Write(IAnsiConsole console, AssignReport r)
    {
        console.MarkupLine(Invariant($"[bold]assign[/] {Markup.Escape(Path.GetFileName(r.Network))}: {r.Zones:N0} zones, {r.Nodes:N0} nodes, {r.Links:N0} links, {r.TotalDemand:N1} trips"));
        console.MarkupLine(Invariant($"  [bold]{Markup.Escape(r.Status)}[/] ({Markup.Escape(r.ObjectiveKind)}, {Markup.Escape(r.Method)}): relative gap {r.RelativeGap:0.000E+0} (target {r.GapTarget:0.0E+0}) after {r.Iterations} iterations, {r.Seconds:0.000} s on {r.Threads} thread(s); files read in {r.ReadSeconds:0.000} s"));
        var objective = r.ObjectiveKind == "system-optimum" ? "total cost" : "Beckmann objective";
        console.MarkupLine(Invariant($"  {objective} {r.Objective:N3}; TSTT {r.Tstt:N3}; SPTT {r.Sptt:N3}"));
        if (r.UnreachablePairs > 0)
            console.MarkupLine(Invariant($"  [yellow]left out:[/] {r.UnassignedDemand:N1} trips between {r.UnreachablePairs:N0} zone pairs that no path joins"));
        if (r.FlowsOut is not null)
            console.MarkupLine($"  link flows written to {Markup.Escape(r.FlowsOut)}");
        if (r.MostCongested.Count == 0)
            return;
        var table = new Table().Title("Most congested links").AddColumns("link", "volume", "capacity", "v/c", "free-flow time", "time");
        foreach (var l in r.MostCongested)
        {
            table.AddRow(Invariant($"{l.From} → {l.To}"), Invariant($"{l.Volume:N1}"), Invariant($"{l.Capacity:N1}"),
                Invariant($"{l.VolumeToCapacity:0.00}"), Invariant($"{l.FreeFlowTime:0.###}"), Invariant($"{l.Time:0.###}"));
        }
        console.Write(table);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
