using Caravan.Core.Scenarios;

namespace Caravan.Questions.Scenarios;

/// <summary>A scenario found by name, or why it was not.</summary>
/// <param name="Scenario">The scenario; null when <paramref name="Problems"/> says why not.</param>
/// <param name="Problems">An unknown name (with suggestions), or where a scenario file does not fit the dataset.</param>
/// <param name="BuiltIn">True for the dataset's own scenarios (and "baseline"), which stay the same while the server runs.</param>
/// <param name="Version">Tells revisions of a stored scenario apart, for caches; the name for built-in ones.</param>
public sealed record ScenarioFind(Scenario? Scenario, IReadOnlyList<string> Problems, bool BuiltIn, string Version)
{
    /// <summary>A name that found nothing, for <paramref name="problem"/>.</summary>
    public static ScenarioFind Failed(string problem) => new(null, [problem], false, "");
}
