using System.Text.RegularExpressions;

namespace Caravan.Core.Scenarios;

/// <summary>
/// What a scenario may be called: a slug, so a name is safe in a URL, a file name and a
/// comma-separated list, and never a path (<c>../../etc/passwd</c>) or a phrase with spaces.
/// </summary>
public static partial class ScenarioName
{
    /// <summary>The name that means the dataset as it is; a scenario so named has no edits.</summary>
    public const string Baseline = "baseline";

    /// <summary>The rule in words, for problems.</summary>
    public const string Rule = "a scenario name is 1-63 lower-case letters, digits and dashes, starting with a letter or digit";

    /// <summary>True when <paramref name="name"/> follows <see cref="Rule"/>.</summary>
    public static bool IsValid(string name) => Slug().IsMatch(name);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex Slug();
}
