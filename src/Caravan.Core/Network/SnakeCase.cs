using System.Text;

namespace Caravan.Core.Network;

/// <summary>Converts enum values to and from the snake-case spelling used in dataset files.</summary>
public static class SnakeCase
{
    /// <summary>The snake-case name of an enum value (<c>InlandWater</c> → <c>inland_water</c>).</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var text = value.ToString();
        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && i > 0)
                builder.Append('_');
            builder.Append(char.ToLowerInvariant(text[i]));
        }
        return builder.ToString();
    }

    /// <summary>Parses a snake-case name, case-insensitively; false when no value has that name.</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Name(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>All snake-case names of an enum, in declaration order.</summary>
    public static IReadOnlyList<string> Names<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Name).ToArray();
}
