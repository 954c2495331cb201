using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Questions.Fields;

/// <summary>
/// Reads a field that names something: a member of a closed set (a mode, a method), an id among
/// the dataset's (a country, a chokepoint, a link), a node or a commodity. An unknown name is a
/// problem on the field with the names it could have been.
/// </summary>
public static class Choice
{
    /// <summary>
    /// The <typeparamref name="T"/> named by <paramref name="text"/> in snake case (<c>inland_water</c>), any case;
    /// <paramref name="fallback"/> when the field is empty; null with a problem when it names none.
    /// </summary>
    public static T? Member<T>(string? text, T fallback, string field, string what, FieldProblems problems)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        if (SnakeCase.TryParse<T>(text.Trim(), out var value))
            return value;
        problems.Add(field, Unknown(what, text.Trim(), SnakeCase.Names<T>()));
        return null;
    }

    /// <summary>The entry of <paramref name="known"/> equal to <paramref name="text"/> ignoring case, or null with a problem.</summary>
    public static string? Known(string text, IReadOnlyCollection<string> known, string field, string what, FieldProblems problems)
    {
        var match = known.FirstOrDefault(k => k.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
            problems.Add(field, $"unknown {what} '{text}'{Suggestions.DidYouMean(text, known)}");
        return match;
    }

    /// <summary>Every entry of the comma-separated <paramref name="text"/> that <paramref name="known"/> has; a problem for each other.</summary>
    public static List<string> KnownList(string? text, IReadOnlyCollection<string> known, string field, string what, FieldProblems problems) =>
        [.. TextList.Split(text).Select(t => Known(t, known, field, what, problems)).OfType<string>()];

    /// <summary>The node <paramref name="text"/> names (id or unique name); a problem when it names none or is missing and <paramref name="required"/>.</summary>
    public static Node? Node(Dataset dataset, string? text, string field, FieldProblems problems, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
                problems.Add(field, "a node id or name is required");
            return null;
        }
        var lookup = Lookup.Node(dataset, text);
        if (lookup.Match is null)
            problems.Add(field, lookup.Error!);
        return lookup.Match;
    }

    /// <summary>The commodity <paramref name="text"/> names (id, unique name or its mineral); null with a problem when it names none.</summary>
    public static Commodity? Commodity(Dataset dataset, string text, string field, FieldProblems problems)
    {
        var lookup = Lookup.Commodity(dataset, text);
        if (lookup.Match is null)
            problems.Add(field, lookup.Error!);
        return lookup.Match;
    }

    /// <summary>The ids of the commodities the comma-separated <paramref name="text"/> names; a problem for each unknown one.</summary>
    public static List<string> Commodities(Dataset dataset, string? text, string field, FieldProblems problems) =>
        [.. TextList.Split(text).Select(t => Commodity(dataset, t, field, problems)?.Id).OfType<string>()];

    /// <summary>"unknown mode 'x' (did you mean 'y'?); one of a, b, c".</summary>
    public static string Unknown(string what, string text, IReadOnlyCollection<string> names) =>
        $"unknown {what} '{text}'{Suggestions.DidYouMean(text, names)}; one of {string.Join(", ", names)}";
}
