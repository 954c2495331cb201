using System.Globalization;
using Caravan.Cli.Output;
using Caravan.Core.Data;
using Caravan.Optimization.Flows;
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
        var applied = settings.LoadScenarioDataset();
        var options = settings.Options();
        var unknown = options.Commodities.Where(c => applied.Dataset.FindCommodity(c) is null).ToList();
        if (unknown.Count > 0)
            throw new CaravanException($"unknown commodity '{unknown[0]}'{Suggestions.DidYouMean(unknown[0], applied.Dataset.Commodities.Select(c => c.Id))}");
        var report = FlowPlanner.Plan(applied, options);
        switch (settings.Format.ToLowerInvariant())
        {
            case "json":
                JsonOutput.Write(console, FlowReportJson.Of(report));
                break;
            case "geojson":
                JsonOutput.WriteRaw(console, FlowJson.GeoJson(applied.Dataset, report));
                break;
            default:
                FlowTables.Write(console, report, settings.Top);
                break;
        }
        return double.IsFinite(report.TotalCostUsd) ? 0 : 1; // a flow to read: optimal, or the best found in time
    }
}
