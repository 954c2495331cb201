using Caravan.Core.Data;
using Caravan.Core.Scenarios;

namespace Caravan.Core.Simulation;

/// <summary>What the simulator takes from an applied scenario: its fixed closure windows and its export bans as a per-arc rule.</summary>
public static class ScenarioInputs
{
    /// <summary>The windowed closures of <paramref name="applied"/> as simulator closure windows.</summary>
    public static IReadOnlyList<ClosureWindow> Closures(AppliedScenario applied)
    {
        ArgumentNullException.ThrowIfNull(applied);
        return applied.Closures.Select(c => new ClosureWindow(c.Id, c.Window.StartDay, c.Window.Days)).ToArray();
    }

    /// <summary>The export bans of <paramref name="applied"/> as a per-arc rule for the planner; null when there are none.</summary>
    public static Func<int, Commodity, bool>? ArcBan(AppliedScenario applied)
    {
        ArgumentNullException.ThrowIfNull(applied);
        if (applied.ExportBans.Count == 0)
            return null;
        var net = applied.Dataset.Network;
        return (arc, commodity) => applied.IsExportBanned(commodity.Id, net.Nodes[net.ArcTail[arc]], net.Nodes[net.ArcHead[arc]], net.Links[net.ArcLink[arc]]);
    }
}
