using Caravan.Core.Assignment;

namespace Caravan.Core.Tests.Assignment;

/// <summary>Akçelik's queueing function: its shape, its derivatives and integral against numbers, and its limits.</summary>
public sealed class QueueDelayFunctionTests
{
    private static QueueDelayFunction Ferry(double t0 = 20) => new(t0, capacity: 8000, arrivalsPerHourAtCapacity: 8000 / 5000.0 / 24, periodHours: 720, delayParameter: 0.5);

    [Theory]
    [InlineData(0)]
    [InlineData(2000)]
    [InlineData(7600)]
    [InlineData(8000)]
    [InlineData(12000)]
    public void Derivatives_MatchFiniteDifferences(double volume)
    {
        var f = Ferry();
        const double h = 1e-3;
        var slope = (f.Time(volume + h) - f.Time(Math.Max(0, volume - h))) / (volume + h - Math.Max(0, volume - h));
        Assert.Equal(slope, f.Derivative(volume), 1e-3 * Math.Max(1, Math.Abs(slope)));
        var curvature = (f.Derivative(volume + h) - f.Derivative(Math.Max(0, volume - h))) / (volume + h - Math.Max(0, volume - h));
        Assert.Equal(curvature, f.SecondDerivative(volume), 1e-3 * Math.Max(1e-6, Math.Abs(curvature)));
        Assert.True(f.SecondDerivative(volume) >= 0, "convex");
    }

    [Fact]
    public void Integral_MatchesTheTrapezoidRule()
    {
        var f = Ferry();
        const int steps = 200_000;
        const double upTo = 14_000;
        var sum = 0.0;
        for (var i = 0; i < steps; i++)
            sum += (f.Time(upTo * i / steps) + f.Time(upTo * (i + 1) / steps)) / 2 * (upTo / steps);
        Assert.Equal(sum, f.Integral(upTo), 1e-6 * sum);
    }

    [Fact]
    public void Delay_BelowCapacityOverALongPeriod_TendsToTheMD1Wait()
    {
        // Q = 1 arrival an hour, T = 10⁶ h: at x = 0.8 the M/D/1 wait is ½ · 0.8 / (1 − 0.8) = 2 h.
        var f = new QueueDelayFunction(0, capacity: 24, arrivalsPerHourAtCapacity: 1, periodHours: 1e6, delayParameter: 0.5);
        Assert.Equal(2.0, f.Delay(0.8 * 24), 2);
    }

    [Fact]
    public void Delay_AboveCapacity_GrowsByHalfThePeriodPerUnitOfSaturation()
    {
        var f = Ferry(t0: 0);
        // Far over capacity the square root tends to (x − 1), so the delay grows by T/2 per unit of x.
        var slope = (f.Delay(8000 * 5.2) - f.Delay(8000 * 5.0)) / 0.2;
        Assert.Equal(720 / 2.0, slope, 3.0);
        Assert.True(double.IsFinite(f.Time(1e9)));
    }

    [Theory]
    [InlineData(0, 0, 1, 1)]
    [InlineData(1, 1, 0, 1)]
    [InlineData(1, 1, 1, 0)]
    [InlineData(1, double.PositiveInfinity, 1, 1)]
    [InlineData(-1, 1, 1, 1)]
    public void Create_BadParameters_Throw(double t0Sign, double capacity, double arrivals, double period)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueueDelayFunction(t0Sign < 0 ? -1 : 0, capacity == 0 ? 0 : capacity, arrivals, period, 0.5));
    }
}
