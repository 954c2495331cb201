using Caravan.Cli.Output;
using Caravan.Core.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan scenarios</c>: the scenarios the dataset ships, with their edits.</summary>
public sealed class ScenariosCommand(IAnsiConsole console) : Command<ScenarioSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ScenarioSettings settings, CancellationToken cancellationToken)
    {
        var catalog = ScenarioCatalog.From(settings.DatasetSource());
        var rows = catalog.Scenarios.Select(s => new
        {
            s.Name,
            s.Description,
            s.File,
            Edits = s.Edits.Select(e => e.Describe()).ToArray(),
        }).ToList();
        if (settings.Json)
        {
            JsonOutput.Write(console, new { scenarios = rows, problems = catalog.Problems.Select(p => p.ToString()) });
            return catalog.Problems.Count == 0 ? 0 : 1;
        }
        var table = new Table().Title("Scenarios").AddColumns("name", "edits", "description");
        foreach (var s in rows)
        {
            // The first sentence; the full text is in --format json and the file.
            var stop = s.Description.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon ? colon : s.Description.IndexOf(". ", StringComparison.Ordinal);
            var description = stop > 0 ? s.Description[..stop] : s.Description;
            table.AddRow(Markup.Escape(s.Name), Markup.Escape(string.Join("\n", s.Edits)), Markup.Escape(description));
        }
        console.Write(table);
        // The scenarios that read are the answer; the files that did not are errors, on standard error.
        if (catalog.Problems.Count > 0)
            throw new CaravanException($"{catalog.Problems.Count} problem(s) in the dataset's scenario files:\n{string.Join('\n', catalog.Problems)}");
        return 0;
    }
}
