using System.Globalization;
using Caravan.Core.Distributions;
using Caravan.Core.Network;

namespace Caravan.Core.Data;

/// <summary>Typed access to one row's fields; each bad field becomes a located problem and a default value.</summary>
internal sealed class RowReader(CsvTable table, CsvRow row, List<Problem> problems)
{
    public int Line => row.Line;

    public string Raw(string column)
    {
        var i = table.IndexOf(column);
        return i >= 0 && i < row.Fields.Length ? row.Fields[i].Trim() : "";
    }

    public void Fail(string column, string message)
    {
        problems.Add(new Problem(table.File, row.Line, table.ColumnNumber(column), message));
    }

    public string Text(string column, bool required = false)
    {
        var text = Raw(column);
        if (required && text.Length == 0)
            Fail(column, $"'{column}' is required");
        return text;
    }

    /// <summary>
    /// A number; empty gives null (or a problem when required). Without a <paramref name="max"/> a
    /// number may be at most <see cref="FieldLimits.Ceiling"/>, so no column takes 1e308.
    /// </summary>
    public double? Number(string column, bool required = false, bool positive = false, double min = 0, double max = FieldLimits.Ceiling)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            if (required)
                Fail(column, $"'{column}' is required");
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Fail(column, $"'{column}' must be a number, got '{text}'");
            return null;
        }
        var bounded = min < 0 || max < FieldLimits.Ceiling;
        if (positive && value <= 0)
        {
            Fail(column, $"'{column}' must be positive, got {text}");
            return null;
        }
        if (value < min)
        {
            Fail(column, bounded ? $"'{column}' must be between {Show(min)} and {Show(max)}, got {text}" : $"'{column}' must not be negative, got {text}");
            return null;
        }
        if (value > max)
        {
            Fail(column, positive ? $"'{column}' must be more than 0 and at most {Show(max)}, got {text}"
                : $"'{column}' must be between {Show(min)} and {Show(max)}, got {text}");
            return null;
        }
        return value;
    }

    /// <summary>A whole number, at most <paramref name="max"/> (by default <see cref="FieldLimits.WholeCeiling"/>).</summary>
    public int? Integer(string column, bool positive = false, double max = FieldLimits.WholeCeiling)
    {
        var value = Number(column, positive: positive, max: max);
        if (value is { } v && v != Math.Floor(v))
        {
            Fail(column, $"'{column}' must be a whole number, got {Raw(column)}");
            return null;
        }
        return value is null ? null : (int)value.Value;
    }

    private static string Show(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    public bool Boolean(string column, bool fallback)
    {
        var text = Raw(column);
        if (text.Length == 0)
            return fallback;
        if (bool.TryParse(text, out var value))
            return value;
        Fail(column, $"'{column}' must be true or false, got '{text}'");
        return fallback;
    }

    public Distribution? Dist(string column, bool required = false)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            if (required)
                Fail(column, $"'{column}' is required");
            return null;
        }
        if (DistributionParser.TryParse(text, out var distribution, out var error))
            return distribution;
        Fail(column, $"'{column}': {error}");
        return null;
    }

    public TEnum? Enum<TEnum>(string column, bool required = false)
        where TEnum : struct, Enum
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            if (required)
                Fail(column, $"'{column}' is required");
            return null;
        }
        if (SnakeCase.TryParse<TEnum>(text, out var value))
            return value;
        var names = SnakeCase.Names<TEnum>();
        Fail(column, $"unknown {column} '{text}'{Suggestions.DidYouMean(text, names)}; expected one of {string.Join(", ", names)}");
        return null;
    }

    public IReadOnlyList<string> List(string column) =>
        Raw(column).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The year of a reported throughput; a throughput without its year is a problem.</summary>
    public int? Throughput()
    {
        var year = Integer("throughput_year", positive: true, max: FieldLimits.MaxYear);
        if (year is null && Raw("throughput_year").Length == 0 && (Raw("throughput_t_per_year").Length > 0 || Raw("throughput_teu_per_year").Length > 0))
            Fail("throughput_year", "a reported throughput needs its 'throughput_year'");
        return year;
    }

    /// <summary>Twelve month values <c>a;b;…;l</c> (January first); empty gives null.</summary>
    public MonthProfile? Months(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
            return null;
        if (MonthProfile.TryParse(text, out var error) is { } profile)
            return profile;
        Fail(column, $"'{column}': {error}");
        return null;
    }

    /// <summary>A closure rate with its duration and month weights; a rate without a duration, or weights without a rate, is a problem.</summary>
    public Disruption? Disruption()
    {
        var rate = Number("closures_per_year", max: FieldLimits.MaxClosuresPerYear);
        var duration = Dist("closure_duration_h");
        var weights = Months("closure_month_weights");
        if (rate is > 0 && duration is null && Raw("closure_duration_h").Length == 0)
        {
            Fail("closure_duration_h", "'closure_duration_h' is required when closures_per_year > 0");
            return null;
        }
        if (weights is not null && rate is not > 0)
            Fail("closure_month_weights", "'closure_month_weights' spread 'closures_per_year' over the months: give closures_per_year > 0");
        if (weights is { Sum: <= 0 })
        {
            Fail("closure_month_weights", "'closure_month_weights' needs at least one month with a positive weight");
            return null;
        }
        return rate is > 0 && duration is not null ? new Disruption(rate.Value, duration) { MonthWeights = weights } : null;
    }
}
