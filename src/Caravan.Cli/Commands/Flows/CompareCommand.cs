using Caravan.Cli.Conventions;
using Caravan.Cli.Output;
using Caravan.Questions;
using Caravan.Questions.Contracts;
using Caravan.Questions.Flows;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan compare --scenario A --scenario B ...</c>: the same flow question under each scenario
/// (or '+'-composed set) separately — common dataset and options, so the difference is only the scenario — side by side.
/// </summary>
public sealed class CompareCommand(IAnsiConsole console) : Command<FlowSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, FlowSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Scenarios.Length < 2)
            throw new CaravanException("compare needs two or more --scenario options (e.g. --scenario baseline --scenario russia-transit-closed)", ErrorReport.UsageExitCode);
        var dataset = settings.LoadDataset();
        var question = Ask.Question(FlowComparisonQuestion.ParseAsync(settings.Fields(compare: true), settings.Shelf(dataset), QuestionLimits.Default, cancellationToken),
            "Invalid comparison", settings);
        var comparison = question.SolveAsync(null, cancellationToken).GetAwaiter().GetResult();
        if (settings.Json)
            JsonOutput.Write(console, ComparisonAnswer.Of(comparison));
        else
            FlowTables.Write(console, comparison, settings.Top);
        return comparison.Reports.All(r => double.IsFinite(r.TotalCostUsd)) ? 0 : 1;
    }
}
