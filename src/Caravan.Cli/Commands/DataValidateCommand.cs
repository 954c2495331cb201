using Caravan.Cli.Output;
using Caravan.Core.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan data validate</c>: every problem of a dataset, one per line; exit 0 only when clean.</summary>
public sealed class DataValidateCommand(IAnsiConsole console) : Command<CaravanSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CaravanSettings settings, CancellationToken cancellationToken)
    {
        var result = settings.Data is null ? DatasetReader.Load(new BuiltInSource()) : DatasetReader.LoadFolder(settings.Data);
        var name = settings.Data ?? "built-in eurasia dataset";
        if (settings.Json)
        {
            JsonOutput.Write(console, new
            {
                dataset = name,
                valid = result.Ok,
                problems = result.Problems.Select(p => new { p.File, p.Line, p.Column, p.Message }),
            });
        }
        else if (result.Ok)
        {
            var d = result.Dataset!;
            console.MarkupLine($"[green]ok[/] {Markup.Escape(name)}: {d.Nodes.Count} nodes, {d.Links.Count} links, {d.Commodities.Count} commodities, {d.Countries.Count} countries, {d.Supply.Count} supply and {d.Demand.Count} demand rows; no problems");
        }
        else
        {
            foreach (var problem in result.Problems)
                JsonOutput.WriteRaw(console, problem.ToString());
            console.MarkupLine($"[red]{result.Problems.Count} problem(s)[/] in {Markup.Escape(name)}");
        }
        return result.Ok ? 0 : 1;
    }
}
