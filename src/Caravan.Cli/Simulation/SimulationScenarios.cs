using Caravan.Core.Data;
using Caravan.Core.Simulation;

namespace Caravan.Cli.Simulation;

/// <summary>
/// Turns scenario names into what the simulator takes: an edited dataset and fixed closure windows.
/// Only the baseline exists until the scenarios module lands; the command is written against this
/// seam so that adding them changes nothing else.
/// </summary>
internal static class SimulationScenarios
{
    public const string Baseline = "baseline";

    /// <summary>The dataset and closures of scenario <paramref name="name"/>, or a user error naming the ones that exist.</summary>
    public static (Dataset Dataset, IReadOnlyList<ClosureWindow> Closures) Resolve(Dataset dataset, string name)
    {
        if (string.Equals(name, Baseline, StringComparison.OrdinalIgnoreCase))
            return (dataset, []);
        throw new CaravanException($"unknown scenario '{name}'; available: {Baseline}");
    }
}
