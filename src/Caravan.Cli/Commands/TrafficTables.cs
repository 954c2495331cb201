using System.Globalization;
using Caravan.Questions.Contracts;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>Tables for <c>caravan assign</c> on a dataset: corridor families, loaded elements, unserved freight.</summary>
internal static class TrafficTables
{
    public static void Write(IAnsiConsole console, TrafficAnswer answer, int top)
    {
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"corridor traffic {answer.Scenario}{(answer.Year is { } y ? $" in {y}" : "")}: {answer.Status}, relative gap {answer.RelativeGap:0.0E+0}, {answer.Iterations} iterations, {answer.Seconds:0.00} s")));

        var families = new Table().Title("Corridor families: freight crossing each one's cut, both ways, a year")
            .AddColumns("family", "Mt/yr", "k TEU/yr", "baseline Mt/yr", "baseline k TEU/yr", "diverted Mt/yr", "cut");
        foreach (var c in answer.Corridors)
        {
            families.AddRow(c.Family, Mt(c.TonnesPerYear), Thousands(c.TeuPerYear), Mt(c.BaselineTonnesPerYear), Thousands(c.BaselineTeuPerYear),
                Signed(c.DivertedTonnesPerYear / 1e6), Markup.Escape(c.Name));
        }
        console.Write(families);

        var elements = new Table().Title("Most utilised elements (t-eq/day: a TEU takes 32.5 t of capacity)")
            .AddColumns("element", "kind", "direction", "load t-eq/d", "capacity t-eq/d", "utilisation", "delay h", "Mt/yr", "k TEU/yr", "baseline load");
        foreach (var e in answer.Elements.Take(top))
        {
            elements.AddRow(Markup.Escape(e.Id), e.Kind, Markup.Escape(e.Direction), Num(e.Volume), Num(e.Capacity), Pct(e.Utilisation),
                e.DelayHours.ToString("0.0", CultureInfo.InvariantCulture), Mt(e.TonnesPerYear), Thousands(e.TeuPerYear), Num(e.BaselineVolume));
        }
        console.Write(elements);

        if (answer.Unserved.Count > 0)
        {
            var unserved = new Table().Title("Freight that does not move under the scenario").AddColumns("from", "to", "cargo", "per year", "why");
            foreach (var u in answer.Unserved)
                unserved.AddRow(Markup.Escape(u.Origin), Markup.Escape(u.Destination), u.Cargo, Num(u.QuantityPerYear) + (u.Cargo == "container" ? " TEU" : " t"), u.Reason);
            console.Write(unserved);
        }
    }

    private static string Mt(double tonnes) => (tonnes / 1e6).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Thousands(double teu) => (teu / 1e3).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Num(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Pct(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    private static string Signed(double value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}
