using System.Globalization;

namespace Caravan.Core.Tracking;

/// <summary>ISO 8601 date-times as events carry them: an offset (or Z) is required, since a time without one is ambiguous by up to a day.</summary>
internal static class EventTimeText
{
    /// <summary>The instant and offset of <paramref name="text"/>; null with <paramref name="error"/> when it is not an ISO 8601 date-time with an offset.</summary>
    public static DateTimeOffset? Parse(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a date-time is required";
            return null;
        }
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 10 && text.LastIndexOfAny(['+', '-']) > 10);
        if (!hasOffset || !text.Contains('T', StringComparison.OrdinalIgnoreCase)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            error = $"'{Shorten(text)}' is not an ISO 8601 date-time with an offset (2026-03-01T08:00:00+05:00)";
            return null;
        }
        return time;
    }

    /// <summary>An offset written <c>+05:00</c> or <c>-06:00</c>; null with <paramref name="error"/> otherwise.</summary>
    public static TimeSpan? ParseOffset(string? text, out string? error)
    {
        error = null;
        if (text is { Length: 6 } && (text[0] == '+' || text[0] == '-')
            && TimeSpan.TryParseExact(text[1..], @"hh\:mm", CultureInfo.InvariantCulture, out var span) && span <= TimeSpan.FromHours(14))
            return text[0] == '-' ? -span : span;
        error = $"'{Shorten(text ?? "")}' is not a time-zone offset such as +05:00";
        return null;
    }

    /// <summary>Echoes of user text are cut so that a hostile value cannot flood a message.</summary>
    public static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
