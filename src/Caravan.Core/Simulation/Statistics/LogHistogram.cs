namespace Caravan.Core.Simulation;

/// <summary>
/// A mergeable histogram with logarithmic bins for quantiles of positive quantities (lead times in
/// hours): bin edges grow by a factor <see cref="Growth"/> from <see cref="Floor"/>, so any quantile
/// is known to ±0.5 % relative, with fixed memory, and two histograms merge by adding counts —
/// order-independent and exact. Values below the floor (including zero) share the first bin.
/// </summary>
public sealed class LogHistogram
{
    /// <summary>Upper edge of the first bin, in the histogram's unit.</summary>
    public const double Floor = 1e-3;

    /// <summary>Ratio of consecutive bin edges.</summary>
    public const double Growth = 1.01;

    /// <summary>Number of bins: 1e-3 … 1e7 (in hours: 3.6 s to 1,100 years) at 1 % steps.</summary>
    public const int BinCount = 2316;

    private static readonly double LogGrowth = Math.Log(Growth);
    private readonly long[] _counts = new long[BinCount];

    /// <summary>Number of values.</summary>
    public long Count { get; private set; }

    /// <summary>Adds one value.</summary>
    public void Add(double value)
    {
        _counts[Bin(value)]++;
        Count++;
    }

    /// <summary>Adds every count of <paramref name="other"/>.</summary>
    public void Merge(LogHistogram other)
    {
        for (var i = 0; i < BinCount; i++)
            _counts[i] += other._counts[i];
        Count += other.Count;
    }

    /// <summary>The bin of a value: 0 below the floor, else 1 + floor(log(value/floor)/log(growth)), capped.</summary>
    public static int Bin(double value) =>
        value <= Floor ? 0 : Math.Min(BinCount - 1, 1 + (int)(Math.Log(value / Floor) / LogGrowth));

    /// <summary>Lower edge of bin <paramref name="bin"/>.</summary>
    public static double LowerEdge(int bin) => bin == 0 ? 0 : Floor * Math.Pow(Growth, bin - 1);

    /// <summary>Upper edge of bin <paramref name="bin"/>.</summary>
    public static double UpperEdge(int bin) => Floor * Math.Pow(Growth, bin);

    /// <summary>The value below which a fraction <paramref name="p"/> of values fall (the geometric middle of its bin); null when empty.</summary>
    public double? Quantile(double p)
    {
        if (Count == 0)
            return null;
        // The rank of the p-quantile, 1-based, as in the nearest-rank definition.
        var rank = Math.Max(1, (long)Math.Ceiling(p * Count));
        long seen = 0;
        for (var i = 0; i < BinCount; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
                return i == 0 ? 0 : Math.Sqrt(LowerEdge(i) * UpperEdge(i));
        }
        return UpperEdge(BinCount - 1);
    }

    /// <summary>Fraction of values at or below <paramref name="value"/> (bin resolution).</summary>
    public double CumulativeFraction(double value)
    {
        if (Count == 0)
            return 0;
        var last = Bin(value);
        long seen = 0;
        for (var i = 0; i <= last; i++)
            seen += _counts[i];
        return (double)seen / Count;
    }

    /// <summary>The non-empty bins as (lower edge, upper edge, count), in increasing order.</summary>
    public IEnumerable<(double Lower, double Upper, long Count)> Bins()
    {
        for (var i = 0; i < BinCount; i++)
        {
            if (_counts[i] > 0)
                yield return (LowerEdge(i), UpperEdge(i), _counts[i]);
        }
    }

    // Sparse exact form: the bins that hold something, as (bin, count).
    internal void Write(BinaryWriter writer)
    {
        writer.Write(_counts.Count(c => c != 0));
        for (var i = 0; i < BinCount; i++)
        {
            if (_counts[i] == 0)
                continue;
            writer.Write(i);
            writer.Write(_counts[i]);
        }
    }

    internal void Read(BinaryReader reader)
    {
        Array.Clear(_counts);
        Count = 0;
        var bins = reader.ReadInt32();
        if (bins is < 0 or > BinCount)
            throw new InvalidDataException($"a histogram has {bins} bins; at most {BinCount}");
        for (var k = 0; k < bins; k++)
        {
            var i = reader.ReadInt32();
            var count = reader.ReadInt64();
            if (i is < 0 or >= BinCount || count < 0)
                throw new InvalidDataException($"histogram bin {i} with count {count} is out of range");
            _counts[i] = count;
            Count += count;
        }
    }
}
