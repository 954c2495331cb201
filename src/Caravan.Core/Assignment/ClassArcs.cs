namespace Caravan.Core.Assignment;

/// <summary>One class as the algorithm sees it: its fixed cost per arc (zeros if none), and which arcs it may use.</summary>
internal sealed class ClassArcs
{
    public ClassArcs(AssignmentNetwork network, TravelClass travelClass, int index)
    {
        var m = network.ArcCount;
        Index = index;
        Demand = travelClass.Demand;
        if (Demand.ZoneCount != network.ZoneCount)
            throw new ArgumentException($"class '{travelClass.Name}': its demand has {Demand.ZoneCount} zones, the network {network.ZoneCount}");
        if (travelClass.FixedCost is { } fixedCost && fixedCost.Count != m)
            throw new ArgumentException($"class '{travelClass.Name}': {fixedCost.Count} fixed costs for {m} arcs");
        if (travelClass.AllowedArcs is { } allowed && allowed.Count != m)
            throw new ArgumentException($"class '{travelClass.Name}': {allowed.Count} allowed flags for {m} arcs");
        Fixed = new double[m];
        Allowed = new bool[m];
        for (var a = 0; a < m; a++)
        {
            var cost = travelClass.FixedCost?[a] ?? 0;
            if (!double.IsFinite(cost) || cost < 0)
                throw new ArgumentException($"class '{travelClass.Name}': fixed cost {cost} on arc {a} must be finite and non-negative");
            Fixed[a] = cost;
            // A loop never lies on a shortest or acyclic path; leaving it out keeps bushes simple.
            Allowed[a] = (travelClass.AllowedArcs?[a] ?? true) && network.ArcTail[a] != network.ArcHead[a];
        }
    }

    /// <summary>Index of the class in the problem.</summary>
    public int Index { get; }

    /// <summary>The class's demand (without unreachable pairs once they are skipped).</summary>
    public DemandMatrix Demand { get; private set; }

    /// <summary>Leaves <paramref name="unreachable"/> pairs of this class out of its demand.</summary>
    public void Skip(IEnumerable<UnreachableDemand> unreachable)
    {
        var skip = unreachable.Where(u => u.ClassIndex == Index).Select(u => (u.OriginZone, u.DestinationZone)).ToHashSet();
        if (skip.Count == 0)
            return;
        var kept = new List<(int, int, double)>();
        for (var o = 0; o < Demand.ZoneCount; o++)
        {
            var destinations = Demand.Destinations(o);
            var volumes = Demand.Volumes(o);
            for (var k = 0; k < destinations.Length; k++)
            {
                if (!skip.Contains((o, destinations[k])))
                    kept.Add((o, destinations[k], volumes[k]));
            }
        }
        Demand = new DemandMatrix(Demand.ZoneCount, kept);
    }

    /// <summary>Fixed cost per arc, time units.</summary>
    public double[] Fixed { get; }

    /// <summary>True where the class may use the arc.</summary>
    public bool[] Allowed { get; }
}
