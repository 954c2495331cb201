using System.Text.Json;

namespace Caravan.Server.Scenarios;

/// <summary>A scenario: built into the dataset, or stored by a user.</summary>
/// <param name="Id">Its name, used to pick it (<c>?scenario=</c>).</param>
/// <param name="Description">What it models.</param>
/// <param name="Owner">Who stored it; null for built-in scenarios.</param>
/// <param name="Shared">True when every reader sees it (always for built-in ones).</param>
/// <param name="BuiltIn">True for the dataset's own scenarios.</param>
/// <param name="Edits">Number of edits.</param>
/// <param name="Document">The scenario document (null for a built-in scenario written in YAML).</param>
/// <param name="UpdatedAt">When a user scenario was last saved.</param>
public sealed record ScenarioResponse(
    string Id, string Description, string? Owner, bool Shared, bool BuiltIn, int Edits, JsonElement? Document, DateTimeOffset? UpdatedAt);
