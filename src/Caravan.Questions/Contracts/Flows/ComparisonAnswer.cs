using Caravan.Optimization.Flows;

namespace Caravan.Questions.Contracts;

/// <summary>
/// The same flow question under two or more scenario sets (<c>caravan compare --format json</c>, the
/// results of a comparison run): each set's cost and unmet demand with its change against the first,
/// tonnes moved between corridors, and bottlenecks that bind in a set but not in the first.
/// </summary>
/// <param name="Scenarios">One entry per scenario set, reference first.</param>
/// <param name="CorridorShifts">Corridors whose tonnes differ, biggest change first; tonnes per set in order.</param>
/// <param name="NewBottlenecks">Bottlenecks binding in a later set but not in the reference.</param>
public sealed record ComparisonAnswer(
    IReadOnlyList<ComparedScenario> Scenarios, IReadOnlyList<CorridorShiftView> CorridorShifts, IReadOnlyList<NewBottleneckView> NewBottlenecks)
{
    /// <summary>The contract of <paramref name="c"/>.</summary>
    public static ComparisonAnswer Of(ScenarioComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var first = c.Reports[0];
        return new(
            [.. c.Reports.Select(r => new ComparedScenario(r.Scenario, r.Status, Rounded.Usd((double?)r.TotalCostUsd),
                Rounded.Usd((double?)(r.TotalCostUsd - first.TotalCostUsd)), Rounded.Tonnes(r.UnmetTonnes), Rounded.Tonnes(r.UnmetTonnes - first.UnmetTonnes),
                [.. r.Bottlenecks.Select(BottleneckView.Of)]))],
            [.. c.CorridorShifts.Select(s => new CorridorShiftView(s.Corridor, [.. s.Tonnes.Select(Rounded.Tonnes)]))],
            [.. c.NewBottlenecks.Select(n => new NewBottleneckView(n.Scenario, n.Bottleneck.Id, n.Bottleneck.Kind, n.Bottleneck.Direction,
                n.Bottleneck.Unit == Core.Network.CapacityUnit.Tonnes ? Rounded.Usd(n.Bottleneck.DualUsdPerUnitPerDay) : null,
                Rounded.Usd(n.Bottleneck.DualUsdPerUnitPerDay), n.Bottleneck.CapacityUnit))]);
    }
}
