namespace Caravan.Optimization.Flows;

/// <summary>
/// The same flow question under two or more scenarios, side by side: cost, unmet demand, tonnes moved
/// between corridors, and bottlenecks that bind in a scenario but not in the first (the reference).
/// </summary>
public sealed record ScenarioComparison
{
    /// <summary>The reports, reference first.</summary>
    public required IReadOnlyList<FlowReport> Reports { get; init; }

    /// <summary>Corridors whose tonnes differ between scenarios, biggest change first.</summary>
    public required IReadOnlyList<CorridorShift> CorridorShifts { get; init; }

    /// <summary>Per scenario after the first: bottlenecks not binding in the reference.</summary>
    public required IReadOnlyList<NewBottleneck> NewBottlenecks { get; init; }

    /// <summary>Compares reports made from the same inputs; the first is the reference.</summary>
    public static ScenarioComparison Of(IReadOnlyList<FlowReport> reports)
    {
        if (reports.Count < 2)
            throw new ArgumentException("a comparison needs two or more reports", nameof(reports));
        var corridors = reports.SelectMany(r => r.CorridorTonnes.Keys).Distinct().Order(StringComparer.Ordinal);
        var shifts = corridors
            .Select(c => new CorridorShift(c, reports.Select(r => r.CorridorTonnes.GetValueOrDefault(c)).ToArray()))
            .Where(s => s.MaxChangeTonnes > 1e-3)
            .OrderByDescending(s => s.MaxChangeTonnes)
            .ThenBy(s => s.Corridor, StringComparer.Ordinal)
            .ToArray();
        var reference = reports[0].Bottlenecks.Select(Key).ToHashSet(StringComparer.Ordinal);
        var fresh = reports.Skip(1)
            .SelectMany(r => r.Bottlenecks.Where(b => !reference.Contains(Key(b))).Select(b => new NewBottleneck(r.Scenario, b)))
            .ToArray();
        return new ScenarioComparison { Reports = reports, CorridorShifts = shifts, NewBottlenecks = fresh };
    }

    private static string Key(Bottleneck b) => $"{b.Kind}:{b.Id}:{b.Direction}";
}
