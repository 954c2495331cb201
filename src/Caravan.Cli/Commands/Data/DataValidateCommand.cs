using Caravan.Cli.Output;
using Caravan.Core.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan data validate</c>: every problem of a dataset — core tables, minerals tables, scenario
/// files, candidate projects — one per line; exit 0 only when all are clean. Warnings (likely
/// mistakes that do not stop loading) are listed too and do not change the exit code.
/// </summary>
public sealed class DataValidateCommand(IAnsiConsole console) : Command<CaravanSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CaravanSettings settings, CancellationToken cancellationToken)
    {
        var name = settings.Data ?? "built-in eurasia dataset";
        var audit = settings.Data is not null && !Directory.Exists(settings.Data)
            ? new DatasetAudit { Problems = [new Problem(settings.Data, 0, 0, "dataset folder not found")] }
            : DatasetAudit.Run(settings.DatasetSource());
        if (settings.Json)
        {
            JsonOutput.Write(console, new
            {
                dataset = name,
                valid = audit.Ok,
                problems = audit.Problems.Select(p => new { p.File, p.Line, p.Column, p.Message }),
                warnings = audit.Warnings.Select(p => new { p.File, p.Line, p.Column, p.Message }),
                tables = audit.Dataset is { } d
                    ? new
                    {
                        nodes = d.Nodes.Count,
                        links = d.Links.Count,
                        commodities = d.Commodities.Count,
                        countries = d.Countries.Count,
                        supply = d.Supply.Count,
                        demand = d.Demand.Count,
                        tariffs = d.Tariffs.Count,
                        scenarios = audit.Scenarios,
                        projects = audit.Projects,
                        minerals = audit.Minerals,
                    }
                    : null,
            });
        }
        else if (audit.Ok)
        {
            foreach (var warning in audit.Warnings)
                JsonOutput.WriteRaw(console, $"warning: {warning}");
            var d = audit.Dataset!;
            var minerals = audit.Minerals is { } m ? $"{m} minerals" : "no minerals tables";
            console.MarkupLine($"[green]ok[/] {Markup.Escape(name)}: {d.Nodes.Count} nodes, {d.Links.Count} links, {d.Commodities.Count} commodities, {d.Countries.Count} countries, {d.Supply.Count} supply and {d.Demand.Count} demand rows, {audit.Scenarios} scenarios, {audit.Projects} projects, {minerals}; no problems");
        }
        else
        {
            foreach (var warning in audit.Warnings)
                JsonOutput.WriteRaw(console, $"warning: {warning}");
            foreach (var problem in audit.Problems)
                JsonOutput.WriteRaw(console, problem.ToString());
            console.MarkupLine($"[red]{audit.Problems.Count} problem(s)[/] in {Markup.Escape(name)}");
        }
        return audit.Ok ? 0 : 1;
    }
}
