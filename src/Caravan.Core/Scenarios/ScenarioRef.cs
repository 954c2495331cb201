namespace Caravan.Core.Scenarios;

/// <summary>An id named in a scenario file, with where it was written so a wrong one can be pointed at.</summary>
/// <param name="Id">The id as written.</param>
/// <param name="Line">1-based line in the scenario file.</param>
/// <param name="Column">1-based column in the scenario file.</param>
public sealed record ScenarioRef(string Id, int Line, int Column)
{
    /// <summary>A reference with no known location (built in code, not read from a file).</summary>
    public static ScenarioRef Of(string id) => new(id, 0, 0);
}
