namespace Caravan.Optimization.Flows;

/// <summary>Tonnes through one corridor under each scenario of a comparison.</summary>
/// <param name="Corridor">Corridor label (mode and countries).</param>
/// <param name="Tonnes">Tonnes per scenario, in the comparison's order.</param>
public sealed record CorridorShift(string Corridor, IReadOnlyList<double> Tonnes)
{
    /// <summary>The largest change against the first scenario, tonnes (absolute).</summary>
    public double MaxChangeTonnes => Tonnes.Skip(1).Select(t => Math.Abs(t - Tonnes[0])).DefaultIfEmpty(0).Max();
}
