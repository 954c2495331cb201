using System.ComponentModel;
using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// Options of commands that run under scenarios: <c>--scenario</c>, repeatable, applied in order.
/// Route, flow, simulate and compare derive their settings from this class.
/// </summary>
public class ScenarioSettings : CaravanSettings
{
    /// <summary>Scenario names (from the dataset's <c>scenarios/</c>) or scenario file paths, applied in order.</summary>
    [CommandOption("--scenario <SCENARIO>")]
    [Description("Scenario name or .json/.yaml file; repeat to compose (applied in order). 'caravan scenarios' lists them.")]
    public string[] Scenarios { get; init; } = [];

    /// <summary>
    /// Resolves <paramref name="names"/> against the dataset's catalog or as files and checks them against
    /// <paramref name="dataset"/>; throws a user error listing every problem as file:line:column.
    /// </summary>
    public IReadOnlyList<Scenario> ResolveScenarios(Dataset dataset, IEnumerable<string> names)
    {
        var catalog = ScenarioCatalog.From(DatasetSource());
        var scenarios = new List<Scenario>();
        var problems = new List<Problem>();
        foreach (var name in names)
        {
            var result = catalog.Resolve(name);
            problems.AddRange(result.Problems);
            if (result.Scenario is { } scenario)
                scenarios.Add(scenario);
        }
        problems.AddRange(ScenarioApplier.Validate(dataset, scenarios));
        if (problems.Count > 0)
            throw new CaravanException(problems.Count == 1 ? problems[0].ToString() : $"{problems.Count} scenario problems:\n{string.Join('\n', problems)}");
        return scenarios;
    }

    /// <summary>Loads the dataset and applies every <c>--scenario</c> in order (none: the dataset as it is).</summary>
    public AppliedScenario LoadScenarioDataset()
    {
        var dataset = LoadDataset();
        return ScenarioApplier.Apply(dataset, ResolveScenarios(dataset, Scenarios));
    }
}
