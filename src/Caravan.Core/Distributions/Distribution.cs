using System.Globalization;

namespace Caravan.Core.Distributions;

/// <summary>
/// A non-negative random quantity (a time in hours, mostly), written in datasets as
/// <c>fixed(x)</c>, <c>exp(mean)</c>, <c>tri(min,mode,max)</c>, <c>logn(mean,sd)</c>,
/// <c>uni(min,max)</c> or <c>emp(x1;x2;...)</c>. Sampling is by inverse transform, so one uniform
/// number gives one sample: common random numbers stay aligned across scenarios.
/// </summary>
public abstract record Distribution
{
    /// <summary>The distribution that is always zero.</summary>
    public static Distribution Zero { get; } = new FixedDistribution(0);

    /// <summary>Expected value.</summary>
    public abstract double Mean { get; }

    /// <summary>Variance.</summary>
    public abstract double Variance { get; }

    /// <summary>The value below which a fraction <paramref name="p"/> of outcomes fall, p in [0, 1].</summary>
    public abstract double Quantile(double p);

    /// <summary>Draws one value from <paramref name="random"/>.</summary>
    public double Sample(IRandomSource random) => Quantile(random.NextDouble());

    /// <summary>The dataset spelling, which <see cref="DistributionParser"/> reads back.</summary>
    public abstract string Syntax { get; }

    /// <summary>This distribution with every value multiplied by <paramref name="factor"/> (≥ 0).</summary>
    public abstract Distribution Scale(double factor);

    /// <summary>This distribution shifted by <paramref name="hours"/>, never below zero.</summary>
    public Distribution Shift(double hours) => hours == 0 ? this : new ShiftedDistribution(this, hours);

    /// <inheritdoc />
    public sealed override string ToString() => Syntax;

    /// <summary>Parses the dataset syntax; throws <see cref="FormatException"/> with the reason.</summary>
    public static Distribution Parse(string text) =>
        DistributionParser.TryParse(text, out var d, out var error) ? d : throw new FormatException(error);

    /// <summary>Formats a number for the dataset syntax: invariant, shortest round-trip form.</summary>
    protected static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
