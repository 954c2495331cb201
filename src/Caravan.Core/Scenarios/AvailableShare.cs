using Caravan.Core.Network;

namespace Caravan.Core.Scenarios;

/// <summary>
/// The share of an element's nominal capacity available over a period: open for it (1 − the union of
/// the scenario's closure windows), not shut by random closures (1 − expected closed hours / hours;
/// storms), times its mean seasonal capacity factor. Flows and the traffic assignment both scale
/// capacities by it, so they agree on what a scenario leaves.
/// </summary>
public static class AvailableShare
{
    /// <summary>The share for a link over <paramref name="days"/> days from <paramref name="startDay"/>.</summary>
    public static double Of(AppliedScenario applied, Link link, double startDay, double days) =>
        Of(applied, ClosureTarget.Link, link.Id, link.Disruption, link.CapacityMonthFactors, startDay, days);

    /// <summary>The share for a node over <paramref name="days"/> days from <paramref name="startDay"/>.</summary>
    public static double Of(AppliedScenario applied, Node node, double startDay, double days) =>
        Of(applied, ClosureTarget.Node, node.Id, node.Disruption, node.CapacityMonthFactors, startDay, days);

    private static double Of(AppliedScenario applied, ClosureTarget target, string id, Disruption? disruption, MonthProfile? months,
        double startDay, double days) =>
        applied.OpenFraction(target, id, startDay, days) * OpenShare(disruption, startDay, days) * (months?.Mean(startDay, days) ?? 1);

    // Expected share of the period open under random closures (storms): 1 − expected closed hours in
    // it / its hours; a seasonal rate counts the closures of the months the period covers.
    private static double OpenShare(Disruption? disruption, double startDay, double days) =>
        disruption is null ? 1 : Math.Clamp(1 - disruption.ExpectedClosedHours(startDay, days) / Hours.FromDays(days), 0, 1);
}
