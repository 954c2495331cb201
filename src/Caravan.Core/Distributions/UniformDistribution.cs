namespace Caravan.Core.Distributions;

/// <summary>Uniform on [<see cref="Min"/>, <see cref="Max"/>].</summary>
public sealed record UniformDistribution : Distribution
{
    /// <summary>Creates a uniform distribution; requires 0 ≤ min ≤ max.</summary>
    public UniformDistribution(double min, double max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        if (min > max)
            throw new ArgumentException($"uni({min},{max}) needs min ≤ max.");
        Min = min;
        Max = max;
    }

    /// <summary>Lower bound.</summary>
    public double Min { get; }

    /// <summary>Upper bound.</summary>
    public double Max { get; }

    /// <inheritdoc />
    public override double Mean => (Min + Max) / 2;

    /// <inheritdoc />
    public override double Variance => (Max - Min) * (Max - Min) / 12;

    /// <inheritdoc />
    public override double Quantile(double p) => Min + Math.Clamp(p, 0, 1) * (Max - Min);

    /// <inheritdoc />
    public override string Syntax => $"uni({Num(Min)},{Num(Max)})";

    /// <inheritdoc />
    public override Distribution Scale(double factor) => new UniformDistribution(Min * factor, Max * factor);
}
