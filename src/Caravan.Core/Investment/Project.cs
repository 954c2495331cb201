using Caravan.Core.Scenarios;

namespace Caravan.Core.Investment;

/// <summary>
/// A candidate investment: what it costs, how long it takes to build, what it depends on or rules out,
/// and what it changes in the network once built, in the scenario edit vocabulary.
/// </summary>
public sealed record Project
{
    /// <summary>Slug (<c>aktau-container-cranes</c>); names its edits file <c>projects/&lt;id&gt;.json</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Human name.</summary>
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the country where it is built.</summary>
    public required string Country { get; init; }

    /// <summary>Capital expenditure, US$ (the dataset's money year), spread evenly over the build years.</summary>
    public required double CapexUsd { get; init; }

    /// <summary>Years from start to service, ≥ 1.</summary>
    public int BuildYears { get; init; } = 1;

    /// <summary>Operating and maintenance cost once in service, US$ per year.</summary>
    public double OpexUsdPerYear { get; init; }

    /// <summary>Economic life over which the capex is annualised, years; null = the optimiser's default.</summary>
    public int? LifetimeYears { get; init; }

    /// <summary>Ids of projects that must be built (and finished first) for this one to be built.</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>Ids of projects that cannot be built together with this one (alternatives).</summary>
    public IReadOnlyList<string> Excludes { get; init; } = [];

    /// <summary>True when capex or effect is an estimate rather than a published figure.</summary>
    public bool Estimate { get; init; }

    /// <summary>Where the figures come from (short citation; details in SOURCES.md).</summary>
    public string Source { get; init; } = "";

    /// <summary>Free text.</summary>
    public string Notes { get; init; } = "";

    /// <summary>Year the project is due to open, where its promoters state one; null = not stated.</summary>
    public int? OpeningYear { get; init; }

    /// <summary>What the project does once built, as scenario edits read from its edits file.</summary>
    public IReadOnlyList<ScenarioEdit> Edits { get; init; } = [];

    /// <summary>The edits file as the user knows it (for messages); empty when built in code.</summary>
    public string EditsFile { get; init; } = "";

    /// <summary>The project's edits as a scenario named after it, to apply with <see cref="ScenarioApplier"/>.</summary>
    public Scenario AsScenario() => new() { Name = Id, Description = Name, File = EditsFile, Edits = Edits };
}
