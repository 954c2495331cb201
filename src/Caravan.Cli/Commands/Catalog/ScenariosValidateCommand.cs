using System.ComponentModel;
using Caravan.Cli.Output;
using Caravan.Core.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan scenarios validate FILE</c>: every problem of a scenario file against the dataset, as file:line:column.</summary>
public sealed class ScenariosValidateCommand(IAnsiConsole console) : Command<ScenariosValidateCommand.Settings>
{
    /// <summary>The file to check, with the dataset options.</summary>
    public sealed class Settings : CaravanSettings
    {
        /// <summary>The scenario file.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("Scenario .json or .yaml file to check against the dataset.")]
        public string File { get; init; } = "";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var parsed = ScenarioParser.ParseFile(settings.File);
        var problems = parsed.Problems.ToList();
        if (parsed.Scenario is { } scenario)
            problems.AddRange(ScenarioApplier.Validate(settings.LoadDataset(), [scenario]));
        if (settings.Json)
        {
            JsonOutput.Write(console, new
            {
                file = settings.File,
                scenario = parsed.Scenario?.Name,
                valid = problems.Count == 0,
                problems = problems.Select(p => new { p.File, p.Line, p.Column, p.Message }),
            });
        }
        else if (problems.Count == 0)
        {
            console.MarkupLine($"[green]ok[/] scenario '{Markup.Escape(parsed.Scenario!.Name)}' ({Markup.Escape(settings.File)}): {parsed.Scenario.Edits.Count} edit(s); no problems");
        }
        else
        {
            foreach (var problem in problems)
                JsonOutput.WriteRaw(console, problem.ToString());
            console.MarkupLine($"[red]{problems.Count} problem(s)[/] in {Markup.Escape(settings.File)}");
        }
        return problems.Count == 0 ? 0 : 1;
    }
}
