namespace Caravan.Core.Distributions;

/// <summary>Always <see cref="Value"/>.</summary>
public sealed record FixedDistribution : Distribution
{
    /// <summary>Creates a constant; <paramref name="value"/> ≥ 0.</summary>
    public FixedDistribution(double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Value = value;
    }

    /// <summary>The constant.</summary>
    public double Value { get; }

    /// <inheritdoc />
    public override double Mean => Value;

    /// <inheritdoc />
    public override double Variance => 0;

    /// <inheritdoc />
    public override double Quantile(double p) => Value;

    /// <inheritdoc />
    public override string Syntax => $"fixed({Num(Value)})";

    /// <inheritdoc />
    public override Distribution Scale(double factor) => new FixedDistribution(Value * factor);
}
