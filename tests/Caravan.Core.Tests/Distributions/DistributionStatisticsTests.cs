using Caravan.Core.Distributions;
using CsCheck;

namespace Caravan.Core.Tests.Distributions;

public sealed class DistributionStatisticsTests
{
    private sealed class SeededSource(int seed) : IRandomSource
    {
        private readonly Random _random = new(seed);

        public double NextDouble() => _random.NextDouble();
    }

    private static readonly string[] Texts = ["fixed(5)", "exp(12)", "tri(18,20,31)", "logn(40,10)", "uni(2,4)", "emp(1;2;3;6)"];

    public static TheoryData<string> All => new(Texts);

    [Theory]
    [MemberData(nameof(All))]
    public void Sample_ManyDraws_MeanAndVarianceMatchClosedForm(string text)
    {
        var d = Distribution.Parse(text);
        var random = new SeededSource(7);
        var samples = Enumerable.Range(0, 200_000).Select(_ => d.Sample(random)).ToArray();
        var mean = samples.Average();
        var variance = samples.Sum(x => (x - mean) * (x - mean)) / (samples.Length - 1);
        // Five standard errors: fails on a wrong formula, not on chance.
        var standardError = Math.Sqrt(d.Variance / samples.Length);
        Assert.InRange(mean, d.Mean - 5 * standardError - 1e-9, d.Mean + 5 * standardError + 1e-9);
        Assert.InRange(variance, d.Variance * 0.97 - 1e-9, d.Variance * 1.03 + 1e-9);
    }

    [Fact]
    public void Quantile_Triangular_MatchesHandComputedMedian()
    {
        // tri(0,0,10): F(x) = 1 - (10-x)²/100, so the median solves (10-x)² = 50.
        var d = new TriangularDistribution(0, 0, 10);
        Assert.Equal(10 - Math.Sqrt(50), d.Quantile(0.5), 9);
    }

    [Fact]
    public void Quantile_Exponential_MatchesLogFormula() =>
        Assert.Equal(-10 * Math.Log(0.1), new ExponentialDistribution(10).Quantile(0.9), 9);

    [Fact]
    public void Quantile_LogNormal_MedianIsExpMu()
    {
        var d = new LogNormalDistribution(40, 10);
        var sigma2 = Math.Log(1 + 100.0 / 1600);
        Assert.Equal(Math.Exp(Math.Log(40) - sigma2 / 2), d.Quantile(0.5), 6);
    }

    [Fact]
    public void Quantile_AnyDistribution_IsMonotoneAndNonNegative()
    {
        var distributions = Texts.Select(Distribution.Parse).ToArray();
        Gen.Select(Gen.Int[0, distributions.Length - 1], Gen.Double[0, 1], Gen.Double[0, 1]).Sample((i, p, q) =>
        {
            var d = distributions[i];
            var (lo, hi) = p <= q ? (p, q) : (q, p);
            return d.Quantile(lo) <= d.Quantile(hi) + 1e-9 && d.Quantile(lo) >= 0;
        });
    }
}
