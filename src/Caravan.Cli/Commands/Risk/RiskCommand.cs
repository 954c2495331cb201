using Caravan.Cli.Conventions;
using Caravan.Cli.Output;
using Caravan.Core.Data;
using Caravan.Questions.Risk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan risk</c>: per mineral, HHI and top producers, SR for world supply and the importer's sourcing,
/// EI, the critical verdict, restrictions in force and the corridor exposure of the importer's supply.
/// </summary>
public sealed class RiskCommand(IAnsiConsole console) : Command<RiskSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, RiskSettings settings, CancellationToken cancellationToken)
    {
        var (minerals, note) = settings.LoadMinerals();
        var (dataset, networkNote) = LoadNetwork(settings);
        var question = Ask.Question(RiskQuestion.Parse(settings.Fields(), minerals, dataset, RiskSettings.Today), "Invalid risk question", settings);
        var outcome = question.Assess();
        var notes = new[] { note, networkNote }.OfType<string>().ToArray();
        if (settings.Json)
        {
            JsonOutput.Write(console, question.Answer(outcome, notes));
            return 0;
        }
        RiskReportTables.Summary(console, outcome.Results, question.Importer);
        if (outcome.Results.Count == 1)
            RiskReportTables.Details(console, outcome.Results[0].Risk, outcome.Results[0].Corridor, outcome.Assessment.Governance);
        console.MarkupLine($"[grey]{Markup.Escape(note)}; restrictions as of {question.Options.AsOf:yyyy-MM-dd}{(networkNote is null ? "" : "; " + Markup.Escape(networkNote))}[/]");
        return 0;
    }

    /// <summary>The dataset for governance and corridors; without one (built-in network missing) the method still runs.</summary>
    internal static (Dataset? Dataset, string? Note) LoadNetwork(RiskSettings settings)
    {
        if (settings.Data is not null)
            return (settings.LoadDataset(), null);
        try
        {
            return (DatasetReader.BuiltIn(), null);
        }
        catch (InvalidOperationException)
        {
            // The method needs no network; only corridor exposure does, and it says so.
            return (null, "built-in network unavailable: corridor exposure skipped");
        }
    }
}
