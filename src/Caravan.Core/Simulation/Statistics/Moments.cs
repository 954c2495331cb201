namespace Caravan.Core.Simulation;

/// <summary>
/// Count, mean, variance, minimum and maximum of a stream of values, updated by Welford's method and
/// merged by Chan et al.'s pairwise formula, so batches computed anywhere combine exactly as if one
/// had seen every value (up to rounding, which is fixed by merging in a fixed order).
/// </summary>
public sealed class Moments
{
    private double _m2;

    /// <summary>Number of values.</summary>
    public long Count { get; private set; }

    /// <summary>Mean; 0 when empty.</summary>
    public double Mean { get; private set; }

    /// <summary>Smallest value; +∞ when empty.</summary>
    public double Min { get; private set; } = double.PositiveInfinity;

    /// <summary>Largest value; −∞ when empty.</summary>
    public double Max { get; private set; } = double.NegativeInfinity;

    /// <summary>Sum of the values.</summary>
    public double Sum => Mean * Count;

    /// <summary>Sample variance (n − 1); 0 with fewer than two values.</summary>
    public double Variance => Count > 1 ? _m2 / (Count - 1) : 0;

    /// <summary>Sample standard deviation.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>Half-width of the 95 % confidence interval of the mean (normal approximation, 1.96 σ/√n); 0 with fewer than two values.</summary>
    public double HalfWidth95 => Count > 1 ? 1.959964 * StandardDeviation / Math.Sqrt(Count) : 0;

    /// <summary>Adds one value.</summary>
    public void Add(double value)
    {
        Count++;
        var delta = value - Mean;
        Mean += delta / Count;
        _m2 += delta * (value - Mean);
        if (value < Min)
            Min = value;
        if (value > Max)
            Max = value;
    }

    /// <summary>Adds every value <paramref name="other"/> has seen.</summary>
    public void Merge(Moments other)
    {
        if (other.Count == 0)
            return;
        if (Count == 0)
        {
            (Count, Mean, _m2, Min, Max) = (other.Count, other.Mean, other._m2, other.Min, other.Max);
            return;
        }
        var n = Count + other.Count;
        var delta = other.Mean - Mean;
        Mean += delta * other.Count / n;
        _m2 += other._m2 + delta * delta * ((double)Count * other.Count / n);
        Count = n;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }

    // Exact binary form for a tally that crosses machines: every field as written, so a merge there equals a merge here.
    internal void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        writer.Write(Mean);
        writer.Write(_m2);
        writer.Write(Min);
        writer.Write(Max);
    }

    internal void Read(BinaryReader reader)
    {
        Count = reader.ReadInt64();
        Mean = reader.ReadDouble();
        _m2 = reader.ReadDouble();
        Min = reader.ReadDouble();
        Max = reader.ReadDouble();
        if (Count < 0)
            throw new InvalidDataException("a moment count is negative");
    }
}
