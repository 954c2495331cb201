using Caravan.Core.Distributions;

namespace Caravan.Core.Network;

/// <summary>
/// Random closures of a node, link or chokepoint: a rate of events and how long each lasts, spread
/// evenly over the year or, with <see cref="MonthWeights"/>, concentrated in some months (Caspian
/// storms in winter).
/// </summary>
/// <param name="ClosuresPerYear">Expected closure events per year (≥ 0).</param>
/// <param name="ClosureDurationHours">Length of one closure, hours.</param>
public sealed record Disruption(double ClosuresPerYear, Distribution ClosureDurationHours)
{
    /// <summary>
    /// Relative weight of each month in the year's closures (January first; their sum > 0): month m
    /// sees ClosuresPerYear × weight[m] / Σ weights of them. Null = spread evenly over the year.
    /// </summary>
    public MonthProfile? MonthWeights { get; init; }

    /// <summary>Expected closed hours per year: rate × mean duration.</summary>
    public double ExpectedClosedHoursPerYear => ClosuresPerYear * ClosureDurationHours.Mean;

    /// <summary>Expected closures starting in the <paramref name="days"/> days from <paramref name="startDay"/> (0 = 1 January).</summary>
    public double ClosuresIn(double startDay, double days)
    {
        if (MonthWeights is not { } w)
            return ClosuresPerYear * days / Hours.DaysPerYear;
        var byMonth = MonthProfile.DaysByMonth(startDay, days);
        var total = 0.0;
        for (var m = 0; m < 12; m++)
            total += w[m] / w.Sum * byMonth[m] / MonthProfile.MonthDays[m];
        return ClosuresPerYear * total;
    }

    /// <summary>Expected closed hours in the <paramref name="days"/> days from <paramref name="startDay"/>: closures starting in it × mean duration.</summary>
    public double ExpectedClosedHours(double startDay, double days) => ClosuresIn(startDay, days) * ClosureDurationHours.Mean;

    /// <summary>Closures per hour at simulated hour <paramref name="hours"/> (hour 0 = midnight, 1 January).</summary>
    public double RatePerHourAt(double hours)
    {
        if (MonthWeights is not { } w)
            return ClosuresPerYear / Hours.PerYear;
        var m = MonthProfile.MonthOf(hours / Hours.PerDay);
        return ClosuresPerYear * w[m] / w.Sum / (MonthProfile.MonthDays[m] * Hours.PerDay);
    }

    /// <summary>
    /// The hour at which closures accumulated from <paramref name="fromHours"/> reach
    /// <paramref name="hazard"/>: with an exponential(1) draw, the start of the next closure of a
    /// Poisson process whose rate changes by month (inversion of the cumulative rate, one draw per
    /// event). +∞ when the rate is zero all year.
    /// </summary>
    public double NextStart(double fromHours, double hazard)
    {
        if (!(ClosuresPerYear > 0) || MonthWeights is { Sum: <= 0 })
            return double.PositiveInfinity;
        if (MonthWeights is null)
            return fromHours + hazard * Hours.PerYear / ClosuresPerYear;
        // The rate repeats every year and any 8760 h gather exactly ClosuresPerYear: skip whole years,
        // then walk at most thirteen month boundaries.
        var years = Math.Floor(hazard / ClosuresPerYear);
        var t = fromHours + years * Hours.PerYear;
        hazard -= years * ClosuresPerYear;
        for (var step = 0; step < 14; step++)
        {
            var year = Math.Floor(t / Hours.PerYear);
            var m = MonthProfile.MonthOf(t / Hours.PerDay - year * Hours.DaysPerYear);
            var end = (year * Hours.DaysPerYear + MonthProfile.FirstDayOf(m + 1)) * Hours.PerDay;
            var rate = RatePerHourAt(t);
            if (rate > 0 && rate * (end - t) >= hazard)
                return t + hazard / rate;
            hazard -= rate * (end - t);
            t = end;
        }
        return t;
    }

    /// <summary>
    /// Probability that at least one closure overlaps a stay of <paramref name="hours"/>: closures
    /// arrive as a Poisson process, and an event overlaps the stay if it starts during the stay or
    /// is still running when the stay begins, so the exposure window is hours + mean duration. Uses
    /// the year's average rate: a route is not planned for a date.
    /// </summary>
    public double ProbabilityOfHit(double hours)
    {
        var exposureYears = (Math.Max(hours, 0) + ClosureDurationHours.Mean) / Hours.PerYear;
        return 1 - Math.Exp(-ClosuresPerYear * exposureYears);
    }
}
