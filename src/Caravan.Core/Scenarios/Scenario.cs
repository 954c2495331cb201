namespace Caravan.Core.Scenarios;

/// <summary>A named list of edits to a dataset. Edits apply in order; scenarios compose in the order given.</summary>
public sealed record Scenario
{
    /// <summary>Slug (<c>russia-transit-closed</c>).</summary>
    public required string Name { get; init; }

    /// <summary>What the scenario models and where its figures come from.</summary>
    public string Description { get; init; } = "";

    /// <summary>The file it was read from, as the user knows it; empty for scenarios built in code.</summary>
    public string File { get; init; } = "";

    /// <summary>The edits, in order.</summary>
    public IReadOnlyList<ScenarioEdit> Edits { get; init; } = [];
}
