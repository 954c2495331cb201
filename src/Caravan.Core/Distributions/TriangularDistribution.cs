namespace Caravan.Core.Distributions;

/// <summary>Triangular on [<see cref="Min"/>, <see cref="Max"/>] with peak at <see cref="Mode"/>.</summary>
public sealed record TriangularDistribution : Distribution
{
    /// <summary>Creates a triangular distribution; requires 0 ≤ min ≤ mode ≤ max.</summary>
    public TriangularDistribution(double min, double mode, double max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        if (!(min <= mode && mode <= max))
            throw new ArgumentException($"tri({min},{mode},{max}) needs min ≤ mode ≤ max.");
        Min = min;
        Mode = mode;
        Max = max;
    }

    /// <summary>Lower bound.</summary>
    public double Min { get; }

    /// <summary>Most likely value.</summary>
    public double Mode { get; }

    /// <summary>Upper bound.</summary>
    public double Max { get; }

    /// <inheritdoc />
    public override double Mean => (Min + Mode + Max) / 3;

    /// <inheritdoc />
    public override double Variance =>
        (Min * Min + Mode * Mode + Max * Max - Min * Mode - Min * Max - Mode * Max) / 18;

    /// <inheritdoc />
    public override double Quantile(double p)
    {
        p = Math.Clamp(p, 0, 1);
        var width = Max - Min;
        if (width == 0)
            return Min;
        var split = (Mode - Min) / width;
        return p < split
            ? Min + Math.Sqrt(p * width * (Mode - Min))
            : Max - Math.Sqrt((1 - p) * width * (Max - Mode));
    }

    /// <inheritdoc />
    public override string Syntax => $"tri({Num(Min)},{Num(Mode)},{Num(Max)})";

    /// <inheritdoc />
    public override Distribution Scale(double factor) =>
        new TriangularDistribution(Min * factor, Mode * factor, Max * factor);
}
