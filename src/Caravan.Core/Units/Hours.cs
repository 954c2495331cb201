namespace Caravan.Core;

/// <summary>
/// The time units every figure converts through, named so no bare 24, 168 or 8,760 stands in the
/// code. A year is 365 days (8,760 h): the carrying-cost and rate conventions of the sources.
/// </summary>
public static class Hours
{
    /// <summary>Hours in a day.</summary>
    public const double PerDay = 24;

    /// <summary>Hours in a week.</summary>
    public const double PerWeek = 7 * PerDay;

    /// <summary>Days in a year.</summary>
    public const double DaysPerYear = 365;

    /// <summary>Hours in a year of 365 days.</summary>
    public const double PerYear = DaysPerYear * PerDay;

    /// <summary><paramref name="hours"/> in days.</summary>
    public static double ToDays(double hours) => hours / PerDay;

    /// <summary><paramref name="days"/> in hours.</summary>
    public static double FromDays(double days) => days * PerDay;
}
