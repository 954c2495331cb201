using System.Globalization;
using Caravan.Core.Data;

namespace Caravan.Core.Risk;

/// <summary>Field parsers the minerals tables need beyond <see cref="RowReader"/>'s own.</summary>
internal static class RiskFields
{
    /// <summary>An ISO alpha-2 code (two capital letters), <c>EU</c>, or (when allowed) <c>other</c>.</summary>
    public static string CountryCode(this RowReader r, string column, bool allowUnattributed = false, bool required = true)
    {
        var text = r.Text(column, required);
        if (text.Length == 0)
            return text;
        if (allowUnattributed && Concentration.IsUnattributed(text))
            return MineralsData.Unattributed;
        if (text.Length == 2 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]))
            return text;
        r.Fail(column, $"'{column}' must be an ISO 3166 alpha-2 code (two capital letters){(allowUnattributed ? " or 'other'" : "")}, got '{text}'");
        return text;
    }

    /// <summary>A date as <c>yyyy-MM-dd</c>, or <c>yyyy-MM</c> (month precision, taken as the 1st).</summary>
    public static DateOnly? Date(this RowReader r, string column, bool required = false)
    {
        var text = r.Text(column, required);
        if (text.Length == 0)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return month;
        r.Fail(column, $"'{column}' must be a date yyyy-mm-dd (or yyyy-mm), got '{text}'");
        return null;
    }

    /// <summary>A fraction 0–1; empty gives null.</summary>
    public static double? Fraction(this RowReader r, string column, bool required = false) =>
        r.Number(column, required, min: 0, max: 1);
}
