using Caravan.Core.Data;

namespace Caravan.Core.Tracking;

/// <summary>
/// Reads an event document in any of the three formats, telling them apart by content: EPCIS
/// (<c>"type": "EPCISDocument"</c> or an EPCIS event type, an <c>@context</c>), DCSA (objects with
/// <c>eventType</c> and <c>eventClassifierCode</c>), milestone JSON (objects with <c>milestone</c>),
/// else milestone CSV.
/// </summary>
public static class EventReader
{
    /// <summary>Reads <paramref name="text"/>; <paramref name="format"/> forces a format when given.</summary>
    public static EventReadResult Read(string text, string file, EventFormat? format = null, InputLimits? limits = null)
    {
        format ??= Detect(text);
        return format switch
        {
            EventFormat.Epcis => EpcisReader.Read(text, file, limits),
            EventFormat.Dcsa => DcsaReader.Read(text, file, limits),
            _ => LooksLikeJson(text) ? MilestoneReader.ReadJson(text, file, limits) : MilestoneReader.ReadCsv(text, file, limits),
        };
    }

    /// <summary>The format <paramref name="text"/> appears to be in.</summary>
    public static EventFormat Detect(string text)
    {
        if (!LooksLikeJson(text))
            return EventFormat.Milestone;
        // A cheap look at the first object's keys; the reader then checks everything.
        var head = text.Length > 4096 ? text[..4096] : text;
        if (head.Contains("\"epcisBody\"", StringComparison.Ordinal) || head.Contains("\"@context\"", StringComparison.Ordinal)
            || head.Contains("\"eventTimeZoneOffset\"", StringComparison.Ordinal))
            return EventFormat.Epcis;
        if (head.Contains("\"eventClassifierCode\"", StringComparison.Ordinal) || head.Contains("\"eventType\"", StringComparison.Ordinal))
            return EventFormat.Dcsa;
        return EventFormat.Milestone;
    }

    private static bool LooksLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
                continue;
            return c is '{' or '[';
        }
        return false;
    }
}
