namespace Caravan.Core.Assignment;

/// <summary>
/// Origin–destination demand between zones, in the assignment's common flow unit, stored sparsely
/// by origin. Trips within one zone are kept in <see cref="Total"/> but need no route, so the engine
/// leaves them out.
/// </summary>
public sealed class DemandMatrix
{
    private readonly int[] _first; // CSR offsets by origin zone
    private readonly int[] _destination;
    private readonly double[] _volume;

    /// <summary>
    /// Builds the matrix from (origin zone, destination zone, volume) entries; entries for the same
    /// pair add up. Volumes must be finite and non-negative.
    /// </summary>
    public DemandMatrix(int zoneCount, IEnumerable<(int Origin, int Destination, double Volume)> entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(zoneCount);
        ZoneCount = zoneCount;
        var byPair = new SortedDictionary<(int, int), double>();
        foreach (var (o, d, v) in entries)
        {
            if ((uint)o >= (uint)zoneCount || (uint)d >= (uint)zoneCount)
                throw new ArgumentOutOfRangeException(nameof(entries), $"zone pair ({o}, {d}) is outside 0..{zoneCount - 1}");
            if (!double.IsFinite(v) || v < 0)
                throw new ArgumentOutOfRangeException(nameof(entries), v, $"demand ({o}, {d}) must be finite and non-negative");
            Total += v;
            if (o == d || v == 0)
                continue;
            byPair[(o, d)] = byPair.GetValueOrDefault((o, d)) + v;
        }
        _first = new int[zoneCount + 1];
        _destination = new int[byPair.Count];
        _volume = new double[byPair.Count];
        var i = 0;
        foreach (var ((o, d), v) in byPair)
        {
            _first[o + 1]++;
            _destination[i] = d;
            _volume[i++] = v;
        }
        for (var z = 0; z < zoneCount; z++)
            _first[z + 1] += _first[z];
    }

    /// <summary>Number of zones.</summary>
    public int ZoneCount { get; }

    /// <summary>All demand, intrazonal trips included.</summary>
    public double Total { get; }

    /// <summary>Number of stored pairs with positive demand between different zones.</summary>
    public int PairCount => _volume.Length;

    /// <summary>Destination zones of <paramref name="origin"/>'s demand, ascending.</summary>
    public ReadOnlySpan<int> Destinations(int origin) => _destination.AsSpan(_first[origin], _first[origin + 1] - _first[origin]);

    /// <summary>Volumes matching <see cref="Destinations"/>.</summary>
    public ReadOnlySpan<double> Volumes(int origin) => _volume.AsSpan(_first[origin], _first[origin + 1] - _first[origin]);

    /// <summary>Demand leaving <paramref name="origin"/> for other zones.</summary>
    public double OriginTotal(int origin)
    {
        var sum = 0.0;
        foreach (var v in Volumes(origin))
            sum += v;
        return sum;
    }
}
