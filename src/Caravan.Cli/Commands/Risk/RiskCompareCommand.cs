using Caravan.Cli.Conventions;
using Caravan.Cli.Output;
using Caravan.Core.Risk;
using Caravan.Questions.Contracts;
using Caravan.Questions.Risk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan risk compare</c>: our SR (world production shares, the dataset's WGI, EU 2023 trade parameters and
/// inputs, no restrictions) beside the published EU 2023 SR, with Spearman's ρ and verdict agreement.
/// </summary>
public sealed class RiskCompareCommand(IAnsiConsole console) : Command<RiskSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, RiskSettings settings, CancellationToken cancellationToken)
    {
        var (minerals, note) = settings.LoadMinerals();
        var (dataset, _) = RiskCommand.LoadNetwork(settings);
        var question = Ask.Question(RiskQuestion.Parse(settings.Fields(), minerals, dataset, RiskSettings.Today), "Invalid risk question", settings);
        var comparison = PublishedComparison.Compare(RiskAssessment.For(dataset, minerals, question.Options with { ApplyRestrictions = false }));
        if (settings.Json)
        {
            JsonOutput.Write(console, new RiskComparisonAnswer(RiskComparisonView.Of(comparison), note));
            return 0;
        }
        RiskReportTables.Comparison(console, comparison);
        console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        return 0;
    }
}
