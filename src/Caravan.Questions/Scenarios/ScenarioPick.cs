using Caravan.Core.Scenarios;

namespace Caravan.Questions.Scenarios;

/// <summary>The outcome of applying scenarios by name: the dataset to compute on, or every problem.</summary>
/// <param name="Applied">The dataset with the scenarios applied in order; null when <paramref name="Problems"/> is not empty.</param>
/// <param name="Problems">Unknown names, scenarios that do not fit the dataset.</param>
/// <param name="Key">Identifies the applied dataset (names and stored revisions): equal keys, equal datasets.</param>
/// <param name="AllBuiltIn">True when only the dataset's own scenarios (or none) were picked, so the outcome is fixed.</param>
public sealed record ScenarioPick(AppliedScenario? Applied, IReadOnlyList<string> Problems, string Key, bool AllBuiltIn)
{
    /// <summary>A pick that failed for <paramref name="problems"/>.</summary>
    public static ScenarioPick Failed(IReadOnlyList<string> problems) => new(null, problems, "", false);
}
