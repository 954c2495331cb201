using MathNet.Numerics.Distributions;

namespace Caravan.Core.Distributions;

/// <summary>
/// Lognormal given by the mean and standard deviation of the variable itself (how transit-time
/// studies report it), converted to the log-space parameters σ² = ln(1 + sd²/mean²),
/// μ = ln(mean) − σ²/2.
/// </summary>
public sealed record LogNormalDistribution : Distribution
{
    private readonly double _mu;
    private readonly double _sigma;

    /// <summary>Creates a lognormal; <paramref name="mean"/> &gt; 0 and <paramref name="sd"/> &gt; 0.</summary>
    public LogNormalDistribution(double mean, double sd)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mean);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sd);
        MeanValue = mean;
        StandardDeviation = sd;
        var sigma2 = Math.Log(1 + sd * sd / (mean * mean));
        _sigma = Math.Sqrt(sigma2);
        _mu = Math.Log(mean) - sigma2 / 2;
    }

    /// <summary>Mean of the variable.</summary>
    public double MeanValue { get; }

    /// <summary>Standard deviation of the variable.</summary>
    public double StandardDeviation { get; }

    /// <inheritdoc />
    public override double Mean => MeanValue;

    /// <inheritdoc />
    public override double Variance => StandardDeviation * StandardDeviation;

    /// <inheritdoc />
    public override double Quantile(double p)
    {
        p = Math.Clamp(p, 1e-15, 1 - 1e-15);
        return Math.Exp(_mu + _sigma * Normal.InvCDF(0, 1, p));
    }

    /// <inheritdoc />
    public override string Syntax => $"logn({Num(MeanValue)},{Num(StandardDeviation)})";

    /// <inheritdoc />
    public override Distribution Scale(double factor) =>
        factor == 0 ? Zero : new LogNormalDistribution(MeanValue * factor, StandardDeviation * factor);
}
