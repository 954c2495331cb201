namespace Caravan.Core.Distributions;

/// <summary>Empirical: each observed value equally likely.</summary>
public sealed record EmpiricalDistribution : Distribution
{
    private readonly double[] _sorted;

    /// <summary>Creates an empirical distribution from at least one non-negative value.</summary>
    public EmpiricalDistribution(IEnumerable<double> values)
    {
        _sorted = values.Order().ToArray();
        if (_sorted.Length == 0)
            throw new ArgumentException("emp() needs at least one value.", nameof(values));
        ArgumentOutOfRangeException.ThrowIfNegative(_sorted[0]);
    }

    /// <summary>The observed values, sorted.</summary>
    public IReadOnlyList<double> Values => _sorted;

    /// <inheritdoc />
    public override double Mean => _sorted.Average();

    /// <inheritdoc />
    public override double Variance
    {
        get
        {
            var mean = Mean;
            return _sorted.Sum(x => (x - mean) * (x - mean)) / _sorted.Length;
        }
    }

    /// <inheritdoc />
    public override double Quantile(double p)
    {
        var i = (int)Math.Floor(Math.Clamp(p, 0, 1) * _sorted.Length);
        return _sorted[Math.Min(i, _sorted.Length - 1)];
    }

    /// <inheritdoc />
    public override string Syntax => $"emp({string.Join(';', _sorted.Select(Num))})";

    /// <inheritdoc />
    public override Distribution Scale(double factor) => new EmpiricalDistribution(_sorted.Select(x => x * factor));

    /// <inheritdoc />
    public bool Equals(EmpiricalDistribution? other) =>
        other is not null && _sorted.AsSpan().SequenceEqual(other._sorted);

    /// <inheritdoc />
    public override int GetHashCode() => _sorted.Length == 0 ? 0 : HashCode.Combine(_sorted.Length, _sorted[0]);
}
