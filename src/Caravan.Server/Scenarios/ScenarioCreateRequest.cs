using System.Text.Json;

namespace Caravan.Server.Scenarios;

/// <summary>
/// A user scenario to store: the scenario document (the format of a scenario file) as JSON or as YAML
/// text, one of the two, and whether others may see it.
/// </summary>
/// <param name="Scenario">The scenario document as JSON: <c>{"name", "description", "edits": [...]}</c>.</param>
/// <param name="ScenarioYaml">The same document as YAML text (a scenario file's contents); stored and shown as JSON.</param>
/// <param name="Shared">True: every reader sees it; false (default): only its owner and admins.</param>
public sealed record ScenarioCreateRequest(JsonElement? Scenario = null, string? ScenarioYaml = null, bool Shared = false);
