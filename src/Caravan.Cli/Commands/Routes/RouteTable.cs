using System.Globalization;
using Caravan.Questions.Contracts;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>Prints routes for people: a headline per route, its legs, transfers and borders, and why it ranks there.</summary>
internal static class RouteTable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Write(IAnsiConsole console, RouteAnswer answer)
    {
        console.MarkupLine(Markup.Escape(string.Format(Inv, "{0} t of {1} from {2} to {3}; scenarios: {4}; {5}",
            answer.Tonnes, answer.Commodity, answer.From, answer.To, Scenarios(answer.Scenarios), answer.Constraints)));
        if (answer.NoRouteReason is { } reason)
            console.MarkupLine($"[yellow]no route:[/] {Markup.Escape(reason)}");
        foreach (var route in answer.Routes)
        {
            console.WriteLine();
            console.MarkupLine(Markup.Escape(string.Format(Inv,
                "Route {0} ({1}): US${2:N0} · {3:N1} h ({4:N1} days) · {5:N0} kg CO2e · risk {6:P1} · generalised US${7:N0}",
                route.Rank, route.Family, route.CostUsd, route.Hours, route.Days, route.Co2Kg, route.Risk, route.GeneralisedCostUsd)));
            if (route.Breakdown.WarRiskUsd > 0)
                console.MarkupLine(Markup.Escape(string.Format(Inv, "war-risk premium: US${0:N0} (chokepoints {1})", route.Breakdown.WarRiskUsd, string.Join(", ", route.Chokepoints))));
            console.MarkupLine($"[grey]why:[/] {Markup.Escape(route.Why)}");
            var legs = new Table().AddColumns("from", "to", "mode", "km", "hours", "US$", "kg CO2e", "countries", "operator");
            foreach (var leg in route.Legs)
                legs.AddRow(Markup.Escape(leg.From), Markup.Escape(leg.To), leg.Mode,
                    leg.Km.ToString("N0", Inv), leg.Hours.ToString("N1", Inv), leg.CostUsd.ToString("N0", Inv),
                    leg.Co2Kg.ToString("N0", Inv), string.Join(",", leg.Countries), Markup.Escape(leg.Operator));
            console.Write(legs);
            if (route.Transfers.Count > 0)
                console.MarkupLine("transfers: " + Markup.Escape(string.Join("; ", route.Transfers.Select(t => $"{t.Node} {t.FromMode}→{t.ToMode}"))));
            if (route.Borders.Count > 0)
                console.MarkupLine("borders: " + Markup.Escape(string.Join("; ", route.Borders.Select(b =>
                    string.Format(Inv, "{0} ({1}, {2:N0} h dwell{3})", b.Node, b.Regime, b.DwellHours, b.GaugeChange ? ", gauge change" : "")))));
            console.MarkupLine("countries: " + Markup.Escape(string.Join(" → ", route.Countries))
                + (route.Chokepoints.Count > 0 ? "; chokepoints: " + Markup.Escape(string.Join(", ", route.Chokepoints)) : ""));
        }
        foreach (var note in answer.Notes)
            console.MarkupLine($"[grey]note:[/] {Markup.Escape(note)}");
    }

    /// <summary>The scenarios applied, for a header: "none (the dataset as it is)" when there are none.</summary>
    public static string Scenarios(IReadOnlyList<string> scenarios) =>
        scenarios.Count == 0 ? "none (the dataset as it is)" : string.Join(" + ", scenarios);
}
