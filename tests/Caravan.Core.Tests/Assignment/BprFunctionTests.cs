using Caravan.Core.Assignment;
using CsCheck;

namespace Caravan.Core.Tests.Assignment;

/// <summary>BPR against its formula, its derivatives against finite differences, its integral against quadrature.</summary>
public sealed class BprFunctionTests
{
    [Fact]
    public void Time_AtCapacity_IsFreeFlowTimesOnePlusAlpha()
    {
        var bpr = new BprFunction(6, 0.15, 4, 25_900);

        Assert.Equal(6 * 1.15, bpr.Time(25_900), 12);
        Assert.Equal(6, bpr.Time(0));
        Assert.Equal(6 * (1 + 0.15 * 16), bpr.Time(2 * 25_900), 10);
    }

    [Fact]
    public void PowerZero_IsConstantTimeIncludingAlpha()
    {
        // TNTP's power 0 reads (v/c)^0 = 1: t = t0 (1 + b); with b = 0 (Winnipeg, Barcelona) it is t0.
        var withB = new BprFunction(2, 0.5, 0, 1);
        var withoutB = new BprFunction(2, 0, 0, 1);

        Assert.True(withB.IsConstant);
        Assert.Equal(3, withB.Time(0));
        Assert.Equal(3, withB.Time(1e6));
        Assert.Equal(0, withB.Derivative(5));
        Assert.Equal(3 * 7, withB.Integral(7), 12);
        Assert.Equal(2, withoutB.Time(100));
    }

    [Fact]
    public void InfiniteCapacity_IsConstantFreeFlowTime()
    {
        var bpr = new BprFunction(4, 0.15, 4, double.PositiveInfinity);

        Assert.True(bpr.IsConstant);
        Assert.Equal(4, bpr.Time(1e9));
        Assert.Equal(4e9, bpr.Integral(1e9));
    }

    [Theory]
    [InlineData(-1, 0.15, 4, 100)]
    [InlineData(1, -0.15, 4, 100)]
    [InlineData(1, 0.15, 0.5, 100)]
    [InlineData(1, 0.15, -1, 100)]
    [InlineData(1, 0.15, 4, 0)]
    [InlineData(1, 0.15, 4, -5)]
    [InlineData(double.NaN, 0.15, 4, 100)]
    public void Constructor_InvalidParameters_Throw(double time, double alpha, double beta, double capacity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BprFunction(time, alpha, beta, capacity));
    }

    [Fact]
    public void Derivatives_AgreeWithFiniteDifferences()
    {
        // α from 0.05: smaller makes the finite difference itself lose the digits it is checked to.
        var parameters = Gen.Select(Gen.Double[0.1, 10], Gen.Double[0.05, 1], Gen.OneOf(Gen.Const(1.0), Gen.Const(4.0), Gen.Double[1, 6]), Gen.Double[10, 1e4], Gen.Double[0.01, 3]);
        parameters.Sample((t0, alpha, beta, capacity, ratio) =>
        {
            var bpr = new BprFunction(t0, alpha, beta, capacity);
            var v = ratio * capacity;
            var h = 1e-5 * capacity;
            var slope = (bpr.Time(v + h) - bpr.Time(v - h)) / (2 * h);
            var curvature = (bpr.Derivative(v + h) - bpr.Derivative(v - h)) / (2 * h);
            bpr.Evaluate(v, out var time, out var derivative);
            return Close(slope, bpr.Derivative(v), 1e-5) && Close(curvature, bpr.SecondDerivative(v), 1e-4)
                && Close(bpr.Time(v), time, 1e-14) && Close(derivative, bpr.Derivative(v), 1e-12);
        }, iter: 300);
    }

    [Fact]
    public void Integral_AgreesWithSimpsonsRule()
    {
        Gen.Select(Gen.Double[0.1, 10], Gen.Double[0, 1], Gen.Double[1, 6], Gen.Double[10, 1e4], Gen.Double[0, 3]).Sample((t0, alpha, beta, capacity, ratio) =>
        {
            var bpr = new BprFunction(t0, alpha, beta, capacity);
            var v = ratio * capacity;
            const int Steps = 2000;
            var h = v / Steps;
            var sum = bpr.Time(0) + bpr.Time(v);
            for (var i = 1; i < Steps; i++)
                sum += (i % 2 == 1 ? 4 : 2) * bpr.Time(i * h);
            return Close(sum * h / 3, bpr.Integral(v), 1e-8);
        }, iter: 100);
    }

    private static bool Close(double expected, double actual, double relative) =>
        Math.Abs(expected - actual) <= relative * Math.Max(1e-9, Math.Abs(expected));
}
