namespace Caravan.Core.Tracking;

/// <summary>
/// ISO 6346 freight container numbers: a three-letter owner code, a category letter (U, J or Z),
/// six digits and a check digit. The check digit is Σ value(cᵢ)·2ⁱ (i = 0..9) mod 11 mod 10, where
/// letters take the values 10–38 skipping multiples of 11 (ISO 6346:1995, Annex A).
/// </summary>
public static class ContainerNumber
{
    /// <summary>True when <paramref name="text"/> looks like a container number (four letters, then digits) and so must pass the check.</summary>
    public static bool LooksLikeOne(string text) =>
        text.Length == 11 && text.Take(4).All(char.IsAsciiLetter) && text.Skip(4).All(char.IsAsciiDigit);

    /// <summary>The check digit of the first ten characters of <paramref name="text"/>; null when they are not owner, category and serial.</summary>
    public static int? CheckDigit(string text)
    {
        if (text.Length < 10)
            return null;
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = char.ToUpperInvariant(text[i]);
            int value;
            if (i < 4 && char.IsAsciiLetterUpper(c))
                value = LetterValue(c);
            else if (i >= 4 && char.IsAsciiDigit(c))
                value = c - '0';
            else
                return null;
            sum += value << i;
        }
        return sum % 11 % 10;
    }

    /// <summary>Why <paramref name="text"/> is not a valid container number, or null when it is.</summary>
    public static string? Problem(string text)
    {
        if (!LooksLikeOne(text))
            return $"'{EventTimeText.Shorten(text)}' is not an ISO 6346 container number (owner code, U/J/Z, six digits, check digit)";
        if (char.ToUpperInvariant(text[3]) is not ('U' or 'J' or 'Z'))
            return $"'{text}': the fourth letter of an ISO 6346 container number is U, J or Z";
        var expected = CheckDigit(text)!.Value;
        return text[10] - '0' == expected ? null : $"'{text}': ISO 6346 check digit is {expected}, not {text[10]}";
    }

    // A = 10, then each letter one more, skipping 11, 22 and 33 (multiples of 11).
    private static int LetterValue(char c)
    {
        var value = 10;
        for (var l = 'A'; l < c; l++)
        {
            value++;
            if (value % 11 == 0)
                value++;
        }
        return value;
    }
}
