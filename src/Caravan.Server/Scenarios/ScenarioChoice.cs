using Caravan.Core.Scenarios;

namespace Caravan.Server.Scenarios;

/// <summary>The outcome of picking scenarios by name: the dataset to compute on, or what is wrong.</summary>
/// <param name="Applied">The dataset with the scenarios applied in order; null when <paramref name="Problem"/> says why not.</param>
/// <param name="Key">Identifies the applied dataset (names, and for stored scenarios their version): equal keys, equal datasets.</param>
/// <param name="AllBuiltIn">True when only built-in scenarios (or none) were picked, so the outcome is fixed for the server's life.</param>
/// <param name="Problem">Why the names could not be applied (an unknown name, a stored scenario that no longer fits).</param>
public sealed record ScenarioChoice(AppliedScenario? Applied, string Key, bool AllBuiltIn, string? Problem)
{
    /// <summary>A choice that failed for <paramref name="problem"/>.</summary>
    public static ScenarioChoice Failed(string problem) => new(null, "", false, problem);
}
