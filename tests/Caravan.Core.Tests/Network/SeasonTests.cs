using Caravan.Core.Distributions;
using Caravan.Core.Network;
using CsCheck;

namespace Caravan.Core.Tests.Network;

/// <summary>Month profiles and seasonal closure rates against hand-computed calendars.</summary>
public sealed class SeasonTests
{
    private static MonthProfile Profile(params double[] values) => MonthProfile.Of(values);

    // Closures only in January and February, weights 1 : 3.
    private static readonly Disruption Winter = new(8, new FixedDistribution(48)) { MonthWeights = Profile(1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) };

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30.99, 0)]
    [InlineData(31, 1)]
    [InlineData(58.5, 1)]
    [InlineData(59, 2)]
    [InlineData(364.5, 11)]
    [InlineData(365, 0)]
    [InlineData(-1, 11)]
    public void MonthOf_DayOfYear_CalendarMonth(double day, int month) => Assert.Equal(month, MonthProfile.MonthOf(day));

    [Fact]
    public void DaysByMonth_QuarterFromMidDecember_WrapsIntoTheNewYear()
    {
        var days = MonthProfile.DaysByMonth(350, 91);
        // 15 days of December, all of January and February, 17 of March.
        Assert.Equal([31, 28, 17, 0, 0, 0, 0, 0, 0, 0, 0, 15], days);
    }

    [Fact]
    public void DaysByMonth_RandomPeriods_AddUpToThePeriod() =>
        Gen.Select(Gen.Double[0, 364.999], Gen.Double[0.001, 2000]).Sample((start, days) =>
            Math.Abs(MonthProfile.DaysByMonth(start, days).Sum() - days) < 1e-6);

    [Fact]
    public void Mean_HalfYearAtHalfCapacity_TimeWeighted()
    {
        var p = Profile(0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1, 1, 1, 1);
        Assert.Equal((181 * 0.5 + 184 * 1.0) / 365, p.Mean(0, 365), 12);
        Assert.Equal(0.5, p.Mean(0, 31), 12);
        Assert.Equal(1.0, p.Mean(200, 30), 12);
    }

    [Theory]
    [InlineData("1;1;1", "12 values")]
    [InlineData("1;1;1;1;1;1;1;1;1;1;1;x", "month value 12 is not a number")]
    [InlineData("1;1;1;1;1;1;1;1;1;1;1;-1", "must be between 0 and 1000, got -1")]
    public void TryParse_Bad_SaysWhy(string text, string why)
    {
        Assert.Null(MonthProfile.TryParse(text, out var error));
        Assert.Contains(why, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ClosuresIn_WholeYear_IsTheAnnualRate()
    {
        Assert.Equal(8, Winter.ClosuresIn(0, 365), 12);
        Assert.Equal(8 * 48, Winter.ExpectedClosedHours(0, 365), 9);
        Assert.Equal(8 * 48, Winter.ExpectedClosedHoursPerYear, 9);
    }

    [Fact]
    public void ClosuresIn_Months_ShareOfTheWeights()
    {
        Assert.Equal(2, Winter.ClosuresIn(0, 31), 12);    // January: 1/4 of 8
        Assert.Equal(6, Winter.ClosuresIn(31, 28), 12);   // February: 3/4
        Assert.Equal(0, Winter.ClosuresIn(59, 306), 12);  // March to December
        Assert.Equal(3, Winter.ClosuresIn(45, 14), 12);   // half of February: half of 6
    }

    [Fact]
    public void ClosuresIn_EvenRate_ProRata()
    {
        var even = new Disruption(8, new FixedDistribution(48));
        Assert.Equal(8 * 73 / 365.0, even.ClosuresIn(100, 73), 12);
    }

    [Fact]
    public void NextStart_JanuaryRate_HandComputed()
    {
        // January's rate: 2 closures over 744 h; a hazard of 1 is reached 372 h into the year.
        Assert.Equal(372, Winter.NextStart(0, 1), 9);
        // From 1 March nothing happens until January: a hazard of 1 is met 372 h after 1 January of the next year.
        Assert.Equal(8760 + 372, Winter.NextStart(59 * 24, 1), 9);
        // A hazard larger than a year's eight closures skips whole years.
        Assert.Equal(2 * 8760 + 372, Winter.NextStart(0, 17), 6);
    }

    [Fact]
    public void NextStart_RandomDraws_FallInWeightedMonthsAndInvertTheRate() =>
        Gen.Select(Gen.Double[0, 3 * 8760], Gen.Double[1e-6, 30]).Sample((from, hazard) =>
        {
            var t = Winter.NextStart(from, hazard);
            var month = MonthProfile.MonthOf(t / 24);
            // Integrate the rate hour by hour-slice between from and t: it must equal the hazard.
            var integral = 0.0;
            for (var h = from; h < t;)
            {
                var next = Math.Min(t, (Math.Floor(h / 24) + 1) * 24);
                integral += Winter.RatePerHourAt(h) * (next - h);
                h = next;
            }
            return month is 0 or 1 && t >= from && Math.Abs(integral - hazard) < 1e-6 * Math.Max(1, hazard);
        }, iter: 200);

    [Fact]
    public void NextStart_NoWeights_ExponentialGap()
    {
        var even = new Disruption(4, new FixedDistribution(1));
        Assert.Equal(100 + 2190, even.NextStart(100, 1), 9);
    }
}
