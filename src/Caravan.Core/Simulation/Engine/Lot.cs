namespace Caravan.Core.Simulation;

/// <summary>
/// A consignment: tonnes of one commodity moving from a supply point to a demand point. Its route is
/// a list of arcs; its stage counts resources passed: even stages are nodes (stage/2 along the route),
/// odd ones arcs, so a route of k arcs ends after stage 2k.
/// </summary>
internal struct Lot
{
    public int Source;
    public int Od;
    public int Demand;
    public double Tonnes;
    public double CreatedHours;
    public int[] Route;
    public int Stage;
    /// <summary>When the lot entered the resource it is in, hours.</summary>
    public double EnteredHours;
    public double CostUsd;
    /// <summary>Identity for counter-based random draws: (source, lot number).</summary>
    public ulong Key;
    public bool Delivered;
}
