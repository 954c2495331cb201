using System.ComponentModel;
using System.Globalization;
using Caravan.Cli.Conventions;
using Caravan.Cli.Output;
using Caravan.Questions;
using Caravan.Questions.Contracts;
using Caravan.Questions.Routes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan flagship</c>: for gallium and uranium concentrate from Kazakhstan and Uzbekistan to
/// Japan, the best route of each corridor family under baseline, Russian transit closed, Chinese
/// transit closed and both closed, in one table per shipment.
/// </summary>
public sealed class FlagshipCommand(IAnsiConsole console) : Command<FlagshipCommand.Settings>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Options of <c>caravan flagship</c>.</summary>
    public sealed class Settings : ScenarioSettings
    {
        /// <summary>Shipment size, t.</summary>
        [CommandOption("--tonnes <N>")]
        [Description("Shipment size in tonnes (default 1).")]
        [DefaultValue(1.0)]
        public double Tonnes { get; init; } = 1;

    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataset = settings.LoadDataset();
        var question = Ask.Question(FlagshipQuestion.ParseAsync(settings.Tonnes, settings.Scenarios, settings.Shelf(dataset), QuestionLimits.Default, cancellationToken),
            "Invalid flagship question", settings);
        var cases = question.Cases(new RoutePlanners());
        if (cases.Count == 0)
            throw new CaravanException("the dataset has no flagship case: it needs gallium or u3o8 supplied in KZ or UZ and demanded in JP");
        var answer = question.Answer(cases);
        if (settings.Json)
        {
            JsonOutput.Write(console, answer);
            return 0;
        }
        console.MarkupLine(Markup.Escape(string.Format(Inv,
            "Flagship: {0} t to Japan; scenarios: {1}. Cell: generalised US$ (money + time + carbon + risk), days, disruption risk; kg CO2e. "
            + "Best = {2}; the best family per flagship scenario in bold. Flagship scenarios: no-ru = Russian transit closed, no-cn = Chinese transit closed.",
            answer.Tonnes, RouteTable.Scenarios(answer.AppliedScenarios), FlagshipQuestion.Ranking)));
        foreach (var group in answer.Cases.GroupBy(c => (c.Commodity, c.From, c.To)))
        {
            var table = new Table().Title(Markup.Escape($"{group.Key.Commodity}: {group.Key.From} → {group.Key.To}"))
                .AddColumn("family");
            foreach (var s in answer.Scenarios)
                table.AddColumn(Markup.Escape(s.Id));
            var best = group.Where(c => c.Family == "best").ToDictionary(c => c.Scenario, c => c.Route);
            foreach (var family in answer.Families)
            {
                var row = new List<string> { Markup.Escape(family.Name) };
                foreach (var s in answer.Scenarios)
                {
                    var cell = group.First(c => c.Scenario == s.Id && c.Family == family.Id);
                    row.Add(Cell(cell, best.GetValueOrDefault(s.Id)));
                }
                table.AddRow(row.ToArray());
            }
            var bestRow = new List<string> { "[bold]best (any family)[/]" };
            foreach (var s in answer.Scenarios)
            {
                var r = best.GetValueOrDefault(s.Id);
                bestRow.Add(r is null ? "[red]no route[/]" : Markup.Escape(r.Family));
            }
            table.AddRow(bestRow.ToArray());
            console.Write(table);
        }
        console.MarkupLine("[grey]Families: air if any leg flies; else north if it crosses RU; east if CN; south if IR; west if AZ/GE or a ferry. See docs/routing.md.[/]");
        return 0;
    }

    private static string Cell(FlagshipCase cell, RouteView? best)
    {
        if (cell.Route is not { } r)
            return "[grey]" + Markup.Escape(cell.NoRouteReason?.StartsWith("closed by", StringComparison.Ordinal) == true ? "closed" : Short(cell.NoRouteReason ?? "no route")) + "[/]";
        var text = Markup.Escape(string.Format(Inv, "US${0:N0}\n{1:N1} d, {3:P1}\n{2:N0} kg",
            r.GeneralisedCostUsd, r.Days, r.Co2Kg, r.Risk));
        var isBest = best is not null && Math.Abs(best.GeneralisedCostUsd - r.GeneralisedCostUsd) < 1e-6 * Math.Max(1, r.GeneralisedCostUsd);
        return isBest ? $"[bold]{text}[/]" : text;
    }

    // A reason cut to its first clause keeps the table readable; JSON carries the whole reason.
    private static string Short(string reason)
    {
        var colon = reason.IndexOf(": ", StringComparison.Ordinal);
        var text = colon >= 0 && reason.StartsWith("no route", StringComparison.Ordinal) ? reason[(colon + 2)..] : reason;
        var semi = text.IndexOf(';', StringComparison.Ordinal);
        return semi > 0 ? text[..semi] : text;
    }
}
