namespace Caravan.Core.Distributions;

/// <summary>Exponential with mean <see cref="MeanValue"/>.</summary>
public sealed record ExponentialDistribution : Distribution
{
    /// <summary>Creates an exponential; <paramref name="mean"/> &gt; 0.</summary>
    public ExponentialDistribution(double mean)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mean);
        MeanValue = mean;
    }

    /// <summary>The mean, 1/rate.</summary>
    public double MeanValue { get; }

    /// <inheritdoc />
    public override double Mean => MeanValue;

    /// <inheritdoc />
    public override double Variance => MeanValue * MeanValue;

    /// <inheritdoc />
    public override double Quantile(double p) => -MeanValue * Math.Log(1 - Math.Clamp(p, 0, 1 - 1e-16));

    /// <inheritdoc />
    public override string Syntax => $"exp({Num(MeanValue)})";

    /// <inheritdoc />
    public override Distribution Scale(double factor) =>
        factor == 0 ? Zero : new ExponentialDistribution(MeanValue * factor);
}
