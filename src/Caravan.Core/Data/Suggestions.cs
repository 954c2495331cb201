namespace Caravan.Core.Data;

/// <summary>"Did you mean" suggestions by edit distance, for unknown ids and names.</summary>
public static class Suggestions
{
    /// <summary>Longest text that gets suggestions: ids and names are short, and the edit distance costs length × length.</summary>
    public const int MaxLength = 100;

    /// <summary>Up to <paramref name="max"/> candidates close to <paramref name="text"/>, closest first.</summary>
    public static IReadOnlyList<string> Closest(string text, IEnumerable<string> candidates, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
            return [];
        var lower = text.ToLowerInvariant();
        var limit = Math.Max(2, lower.Length / 3);
        return candidates
            .Distinct()
            // The distance is at least the difference in length, so most candidates need no distance at all.
            .Where(c => Math.Abs(c.Length - lower.Length) <= limit || (lower.Length >= 3 && c.Length > lower.Length))
            .Select(c => (Candidate: c, Score: Score(lower, c.ToLowerInvariant())))
            .Where(x => x.Score <= limit)
            .OrderBy(x => x.Score)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Candidate)
            .ToArray();
    }

    /// <summary>" (did you mean 'x'?)" or an empty string.</summary>
    public static string DidYouMean(string text, IEnumerable<string> candidates)
    {
        var close = Closest(text, candidates);
        return close.Count == 0 ? "" : $" (did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?)";
    }

    // A candidate that contains the text (a prefix, a partial name) counts as close.
    private static int Score(string text, string candidate) =>
        text.Length >= 3 && candidate.Contains(text, StringComparison.Ordinal) ? 1 : Levenshtein(text, candidate);

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
