using Caravan.Core.Data;

namespace Caravan.Core.Scenarios;

/// <summary>The outcome of reading a scenario file: the scenario when the file is well formed, else every problem found.</summary>
/// <param name="Scenario">The scenario, or null.</param>
/// <param name="Problems">What is wrong, located as file:line:column.</param>
public sealed record ScenarioParseResult(Scenario? Scenario, IReadOnlyList<Problem> Problems)
{
    /// <summary>True when the file read clean.</summary>
    public bool Ok => Scenario is not null && Problems.Count == 0;
}
