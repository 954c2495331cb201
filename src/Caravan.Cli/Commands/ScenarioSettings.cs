using System.ComponentModel;
using Caravan.Cli.Conventions;
using Caravan.Core.Data;
using Caravan.Questions.Scenarios;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// Options of commands that run under scenarios: <c>--scenario</c>, repeatable, applied in order.
/// Route, flagship, flow, compare, simulate and invest derive their settings from this class.
/// </summary>
public class ScenarioSettings : CaravanSettings
{
    /// <summary>Scenario names (from the dataset's <c>scenarios/</c>) or scenario file paths, applied in order.</summary>
    [CommandOption("--scenario <SCENARIO>")]
    [Description("Scenario name or .json/.yaml file; repeat to compose (applied in order). 'caravan scenarios' lists them.")]
    [Field("scenario")]
    public string[] Scenarios { get; init; } = [];

    /// <summary>Where this command finds scenarios: the dataset's catalog by name, else a file by path.</summary>
    public IScenarioShelf Shelf(Dataset dataset) => new CatalogShelf(dataset, DatasetSource());
}
