using Caravan.Core.Network;
using Caravan.Core.Scenarios;
using Caravan.Core.Traffic;

namespace Caravan.Questions.Contracts;

/// <summary>
/// The corridors' background freight after the equilibrium assignment under a scenario, and what
/// changed against the dataset as it is.
/// </summary>
/// <param name="Scenario">The scenarios applied ("baseline" for none).</param>
/// <param name="Year">The year the freight was carried to; null = each row's own year.</param>
/// <param name="Status">converged, iteration-limit, time-limit or cancelled.</param>
/// <param name="RelativeGap">(TSTT − SPTT) / TSTT reached.</param>
/// <param name="Iterations">Iterations done.</param>
/// <param name="Seconds">Solve time.</param>
/// <param name="Corridors">Each corridor family's volume (tonnes and TEU a year crossing its cut), beside the baseline's.</param>
/// <param name="Elements">Every element with a capacity that carries freight, most utilised first.</param>
/// <param name="Unserved">Freight with no route under the scenario.</param>
/// <param name="Emptied">
/// Elements the baseline loads that carry nothing under the scenario (closed, or bypassed), so the
/// diversion shows where freight left as well as where it went: volume 0, the baseline's capacity
/// and volume, largest baseline volume first.
/// </param>
public sealed record TrafficAnswer(
    string Scenario, int? Year, string Status, double RelativeGap, int Iterations, double Seconds,
    IReadOnlyList<CorridorFamilyView> Corridors, IReadOnlyList<ElementView> Elements, IReadOnlyList<UnservedView> Unserved,
    IReadOnlyList<ElementView> Emptied)
{
    /// <summary>The contract of <paramref name="traffic"/> under <paramref name="applied"/>, against <paramref name="baseline"/>.</summary>
    public static TrafficAnswer Of(AppliedScenario applied, CorridorTraffic traffic, CorridorTraffic baseline)
    {
        ArgumentNullException.ThrowIfNull(applied);
        ArgumentNullException.ThrowIfNull(traffic);
        ArgumentNullException.ThrowIfNull(baseline);
        var before = baseline.Elements.ToDictionary(e => (e.Id, e.Direction));
        var loaded = traffic.Elements.Select(e => (e.Id, e.Direction)).ToHashSet();
        return new(applied.Label, traffic.Year, SnakeCase.Name(traffic.Status), traffic.RelativeGap, traffic.Iterations, Rounded.Seconds(traffic.Elapsed.TotalSeconds),
            [.. traffic.Corridors.Select(c => CorridorFamilyView.Of(c, baseline.Corridors.FirstOrDefault(b => b.Family == c.Family)))],
            [.. traffic.Elements.Select(e => ElementView.Of(e, before.GetValueOrDefault((e.Id, e.Direction))))],
            [.. traffic.Unserved.Select(u => new UnservedView(u.Origin, u.Destination, SnakeCase.Name(u.Cargo), Rounded.Tonnes(u.QuantityPerYear), u.Reason))],
            [.. baseline.Elements.Where(e => e.Volume > 0 && !loaded.Contains((e.Id, e.Direction))).OrderByDescending(e => e.Volume).Select(ElementView.Emptied)]);
    }
}
