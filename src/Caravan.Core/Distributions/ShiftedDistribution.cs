namespace Caravan.Core.Distributions;

/// <summary>Another distribution plus a constant number of hours (a scenario's added delay); never below zero.</summary>
public sealed record ShiftedDistribution(Distribution Inner, double Hours) : Distribution
{
    /// <inheritdoc />
    public override double Mean => Math.Max(0, Inner.Mean + Hours);

    /// <inheritdoc />
    public override double Variance => Inner.Variance;

    /// <inheritdoc />
    public override double Quantile(double p) => Math.Max(0, Inner.Quantile(p) + Hours);

    /// <inheritdoc />
    public override string Syntax => $"shift({Inner.Syntax},{Num(Hours)})";

    /// <inheritdoc />
    public override Distribution Scale(double factor) => new ShiftedDistribution(Inner.Scale(factor), Hours * factor);
}
