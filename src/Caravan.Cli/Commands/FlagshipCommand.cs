using System.ComponentModel;
using System.Globalization;
using Caravan.Cli.Output;
using Caravan.Core.Routing;
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

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Tonnes <= 0 ? ValidationResult.Error($"--tonnes must be positive; got {Tonnes}") : base.Validate();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataset = settings.LoadScenarioDataset().Dataset;
        var planner = new RoutePlanner(new CostModel(dataset));
        var cells = Flagship.Run(planner, settings.Tonnes);
        if (cells.Count == 0)
            throw new CaravanException("the dataset has no flagship case: it needs gallium or u3o8 supplied in KZ or UZ and demanded in JP");
        if (settings.Json)
        {
            JsonOutput.Write(console, new
            {
                tonnes = settings.Tonnes,
                scenarios = FlagshipScenario.All.Select(s => new { s.Id, s.Name, constraints = s.Constraints.Describe() }),
                families = RouteFamily.All.Select(f => new { f.Id, f.Name }),
                cases = cells.Select(c => new
                {
                    c.Commodity,
                    c.From,
                    c.To,
                    c.Scenario,
                    c.Family,
                    route = c.Route is null ? null : RouteJson.Of(c.Route),
                    c.NoRouteReason,
                }),
            });
            return 0;
        }
        console.MarkupLine(Markup.Escape(string.Format(Inv,
            "Flagship: {0} t to Japan. Cell: generalised US$ (money + time + carbon + risk), days; kg CO2e, disruption risk. Best family per scenario in bold. Scenarios: no-ru = Russian transit closed, no-cn = Chinese transit closed.",
            settings.Tonnes)));
        foreach (var group in cells.GroupBy(c => (c.Commodity, c.From, c.To)))
        {
            var table = new Table().Title(Markup.Escape($"{group.Key.Commodity}: {group.Key.From} → {group.Key.To}"))
                .AddColumn("family");
            foreach (var s in FlagshipScenario.All)
                table.AddColumn(Markup.Escape(s.Id));
            var best = group.Where(c => c.Family == "best").ToDictionary(c => c.Scenario, c => c.Route);
            foreach (var family in RouteFamily.All)
            {
                var row = new List<string> { Markup.Escape(family.Name) };
                foreach (var s in FlagshipScenario.All)
                {
                    var cell = group.First(c => c.Scenario == s.Id && c.Family == family.Id);
                    row.Add(Cell(cell, best.GetValueOrDefault(s.Id)));
                }
                table.AddRow(row.ToArray());
            }
            var bestRow = new List<string> { "[bold]best (any family)[/]" };
            foreach (var s in FlagshipScenario.All)
            {
                var r = best.GetValueOrDefault(s.Id);
                bestRow.Add(r is null ? "[red]no route[/]" : Markup.Escape(RouteFamily.Classify(r)));
            }
            table.AddRow(bestRow.ToArray());
            console.Write(table);
        }
        console.MarkupLine("[grey]Families: air if any leg flies; else north if it crosses RU; east if CN; south if IR; west if AZ/GE or a ferry. See docs/routing.md.[/]");
        return 0;
    }

    private static string Cell(FlagshipCell cell, Route? best)
    {
        if (cell.Route is not { } r)
            return "[grey]" + Markup.Escape(cell.NoRouteReason?.StartsWith("closed by", StringComparison.Ordinal) == true ? "closed" : Short(cell.NoRouteReason ?? "no route")) + "[/]";
        var text = Markup.Escape(string.Format(Inv, "US${0:N0}\n{1:N1} d, {3:P1}\n{2:N0} kg",
            r.GeneralisedCostUsd, r.Hours / 24, r.Co2Kg, r.Risk));
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
