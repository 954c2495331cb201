using Caravan.Cli.Conventions;
using Caravan.Cli.Output;
using Caravan.Optimization.Flows;
using Caravan.Questions;
using Caravan.Questions.Contracts;
using Caravan.Questions.Flows;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan flow</c>: split supply across corridors at least cost; report flows, unmet demand and the value of binding capacity.</summary>
public sealed class FlowCommand(IAnsiConsole console) : Command<FlowCommand.Settings>
{
    /// <summary>Flow settings plus GeoJSON output.</summary>
    public sealed class Settings : FlowSettings
    {
        /// <inheritdoc />
        protected override IReadOnlyList<string> Formats => ["table", "json", "geojson"];
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataset = settings.LoadDataset();
        var question = Ask.Question(FlowQuestion.ParseAsync(settings.Fields(), settings.Shelf(dataset), QuestionLimits.Default, cancellationToken, settings.Scenarios),
            "Invalid flow question", settings);
        var report = question.SolveAsync(cancellationToken).GetAwaiter().GetResult();
        switch (settings.Format.ToLowerInvariant())
        {
            case "json":
                JsonOutput.Write(console, FlowAnswer.Of(report));
                break;
            case "geojson":
                JsonOutput.WriteRaw(console, FlowJson.GeoJson(question.Applied.Dataset, report));
                break;
            default:
                FlowTables.Write(console, report, settings.Top);
                break;
        }
        return double.IsFinite(report.TotalCostUsd) ? 0 : 1; // a flow to read: optimal, or the best found in time
    }
}
