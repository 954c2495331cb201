using Caravan.Cli.Output;
using Caravan.Optimization.Flows;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan compare --scenario A --scenario B ...</c>: the same flow question under each scenario
/// separately (common dataset and options, so the difference is only the scenario), side by side.
/// </summary>
public sealed class CompareCommand(IAnsiConsole console) : Command<FlowSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, FlowSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Scenarios.Length < 2)
            throw new CaravanException("compare needs two or more --scenario options (e.g. --scenario baseline --scenario russia-transit-closed)");
        var dataset = settings.LoadDataset();
        var scenarios = settings.ResolveScenarios(dataset, settings.Scenarios);
        var options = settings.Options();
        var reports = scenarios
            .Select(s => FlowPlanner.Plan(Core.Scenarios.ScenarioApplier.Apply(dataset, [s]), options))
            .ToArray();
        var comparison = ScenarioComparison.Of(reports);
        if (settings.Json)
            JsonOutput.Write(console, FlowReportJson.Of(comparison));
        else
            FlowTables.Write(console, comparison, settings.Top);
        return reports.All(r => double.IsFinite(r.TotalCostUsd)) ? 0 : 1;
    }
}
