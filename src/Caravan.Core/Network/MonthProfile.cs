using System.Globalization;

namespace Caravan.Core.Network;

/// <summary>
/// Twelve non-negative numbers, one per calendar month (January first): capacity factors, or the
/// relative weights with which a year's closures fall in each month. Time runs from day 0 = 1 January
/// of a 365-day year and wraps, so day 365 is 1 January again.
/// </summary>
public sealed record MonthProfile
{
    /// <summary>Days in each month of a 365-day year.</summary>
    public static readonly IReadOnlyList<int> MonthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    private static readonly int[] FirstDay = MonthDays.Select((_, m) => MonthDays.Take(m).Sum()).ToArray();

    private readonly double[] _values;

    private MonthProfile(double[] values) => _values = values;

    /// <summary>The twelve values, January first.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>Sum of the twelve values.</summary>
    public double Sum => _values.Sum();

    /// <summary>The values as the dataset and scenario files spell them: <c>a;b;…;l</c>.</summary>
    public string Syntax => string.Join(';', _values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>A profile of twelve finite, non-negative values; throws on anything else (a programmer error: readers validate first).</summary>
    public static MonthProfile Of(IReadOnlyList<double> values)
    {
        if (Problem(values) is { } problem)
            throw new ArgumentException(problem, nameof(values));
        return new MonthProfile(values.ToArray());
    }

    /// <summary>What is wrong with <paramref name="values"/> as a profile, or null.</summary>
    public static string? Problem(IReadOnlyList<double> values)
    {
        if (values.Count != 12)
            return $"a month profile has 12 values (January to December), got {values.Count}";
        foreach (var v in values)
        {
            if (!double.IsFinite(v) || v < 0 || v > Data.FieldLimits.MaxMonthValue)
                return $"month values must be between 0 and {Data.FieldLimits.MaxMonthValue.ToString(CultureInfo.InvariantCulture)}, got {v.ToString(CultureInfo.InvariantCulture)}";
        }
        return null;
    }

    /// <summary>Equal when the twelve values are equal.</summary>
    public bool Equals(MonthProfile? other) => other is not null && _values.SequenceEqual(other._values);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var v in _values)
            hash.Add(v);
        return hash.ToHashCode();
    }

    /// <summary>Reads <c>a;b;…;l</c>; on failure gives null and says why.</summary>
    public static MonthProfile? TryParse(string text, out string error)
    {
        var parts = text.Split(';', StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                error = $"month value {i + 1} is not a number: '{parts[i]}'";
                return null;
            }
        }
        if (Problem(values) is { } problem)
        {
            error = problem;
            return null;
        }
        error = "";
        return new MonthProfile(values);
    }

    /// <summary>The month (0 = January) that contains day <paramref name="day"/> (0 = 1 January; wraps every 365 days).</summary>
    public static int MonthOf(double day)
    {
        var d = day % Hours.DaysPerYear;
        if (d < 0)
            d += Hours.DaysPerYear;
        var m = 11;
        while (m > 0 && d < FirstDay[m])
            m--;
        return m;
    }

    /// <summary>Day of the year (0 = 1 January) on which month <paramref name="month"/> (0 = January) begins; 365 for month 12.</summary>
    public static int FirstDayOf(int month) => month >= 12 ? 365 : FirstDay[month];

    /// <summary>The value in force at simulated hour <paramref name="hours"/> (hour 0 = midnight, 1 January).</summary>
    public double At(double hours) => _values[MonthOf(hours / Hours.PerDay)];

    /// <summary>The value of month <paramref name="month"/> (0 = January).</summary>
    public double this[int month] => _values[month];

    /// <summary>Days of each month (0 = January) that fall in the period of <paramref name="days"/> days from <paramref name="startDay"/>, wrapping over years.</summary>
    public static double[] DaysByMonth(double startDay, double days)
    {
        var result = new double[12];
        var years = Math.Floor(days / Hours.DaysPerYear);
        for (var m = 0; m < 12; m++)
            result[m] = years * MonthDays[m];
        var from = ((startDay % Hours.DaysPerYear) + Hours.DaysPerYear) % Hours.DaysPerYear;
        var left = days - years * Hours.DaysPerYear;
        while (left > 1e-12)
        {
            var m = MonthOf(from);
            var end = m == 11 ? Hours.DaysPerYear : FirstDay[m + 1];
            var take = Math.Min(left, end - from);
            result[m] += take;
            left -= take;
            from = end >= Hours.DaysPerYear ? 0 : end;
        }
        return result;
    }

    /// <summary>The time-weighted mean value over <paramref name="days"/> days from <paramref name="startDay"/>.</summary>
    public double Mean(double startDay, double days)
    {
        if (!(days > 0))
            throw new ArgumentOutOfRangeException(nameof(days), "a period has a positive length");
        var byMonth = DaysByMonth(startDay, days);
        return byMonth.Select((d, m) => d * _values[m]).Sum() / days;
    }
}
