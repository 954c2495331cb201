namespace Caravan.Core.Tracking;

/// <summary>
/// UN/LOCODE spelling: two letters of ISO 3166 country, three of place (letters and the digits 2–9),
/// as UNECE Recommendation 16 defines it. Events may give one bare (<c>KZAAU</c>), with a space
/// (<c>KZ AAU</c>) or as <c>urn:unece:locode:KZAAU</c>.
/// </summary>
public static class Locode
{
    private const string UrnPrefix = "urn:unece:locode:";

    /// <summary>True when <paramref name="text"/> is spelt as a UN/LOCODE.</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: 5 } && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1])
        && text.Skip(2).All(c => char.IsAsciiLetterUpper(c) || c is >= '2' and <= '9');

    /// <summary>The LOCODE in <paramref name="location"/> (bare, spaced or as a URN), or null when it names none.</summary>
    public static string? From(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
            return null;
        var text = location.Trim();
        if (text.StartsWith(UrnPrefix, StringComparison.OrdinalIgnoreCase))
            text = text[UrnPrefix.Length..];
        if (text.Length == 6 && text[2] == ' ')
            text = string.Concat(text.AsSpan(0, 2), text.AsSpan(3));
        return IsWellFormed(text) ? text : null;
    }
}
