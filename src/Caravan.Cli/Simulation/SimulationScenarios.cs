using Caravan.Cli.Commands;
using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Core.Simulation;

namespace Caravan.Cli.Simulation;

/// <summary>Turns scenario names into what the simulator takes: an edited dataset, fixed closure windows and export bans.</summary>
internal static class SimulationScenarios
{
    public const string Baseline = "baseline";

    /// <summary>Applies <paramref name="names"/> in order to <paramref name="dataset"/> (none: the baseline); a user error lists every problem.</summary>
    public static (AppliedScenario Applied, IReadOnlyList<ClosureWindow> Closures) Resolve(SimulateSettings settings, Dataset dataset, IReadOnlyList<string> names)
    {
        var wanted = names.Where(n => !string.Equals(n, Baseline, StringComparison.OrdinalIgnoreCase)).ToArray();
        var applied = wanted.Length == 0 ? AppliedScenario.None(dataset) : ScenarioApplier.Apply(dataset, settings.ResolveScenarios(dataset, wanted));
        return (applied, ScenarioInputs.Closures(applied));
    }

    /// <summary>The export bans of <paramref name="applied"/> as a per-arc rule for the planner.</summary>
    public static Func<int, Commodity, bool>? ArcBan(AppliedScenario applied) => ScenarioInputs.ArcBan(applied);
}
