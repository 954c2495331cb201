namespace Caravan.Core.Assignment;

/// <summary>
/// One class of traffic (a cargo class, a vehicle class): its own demand, the arcs it may use and a
/// fixed cost add-on per arc, in time units (a toll or tariff divided by the class's value of time;
/// TNTP's toll and distance factors). Every class shares each arc's congestion through one total
/// flow in the common unit, so the problem stays symmetric and has a Beckmann objective.
/// </summary>
/// <param name="Name">A name for reports.</param>
/// <param name="Demand">Demand in the common flow unit.</param>
public sealed record TravelClass(string Name, DemandMatrix Demand)
{
    /// <summary>Fixed cost per arc (time units, ≥ 0), added to the arc's travel time for this class; null = none.</summary>
    public IReadOnlyList<double>? FixedCost { get; init; }

    /// <summary>Which arcs this class may use (true = allowed); null = every arc.</summary>
    public IReadOnlyList<bool>? AllowedArcs { get; init; }
}
