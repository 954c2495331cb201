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

    /// <summary>The dataset as it is: no edits. Every host accepts its name, <c>baseline</c>, where a dataset ships none.</summary>
    public static Scenario Baseline { get; } = new() { Name = "baseline", Description = "The dataset as it is." };

    /// <summary>True when <paramref name="name"/> is the baseline's (any case).</summary>
    public static bool IsBaseline(string name) => string.Equals(name, Baseline.Name, StringComparison.OrdinalIgnoreCase);
}
