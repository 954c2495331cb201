using System.Text.Json;

namespace Caravan.Server.Contracts;

/// <summary>A user scenario to store: the scenario document (the format of a scenario file) and whether others may see it.</summary>
/// <param name="Scenario">The scenario document: <c>{"name", "description", "edits": [...]}</c>.</param>
/// <param name="Shared">True: every reader sees it; false (default): only its owner and admins.</param>
public sealed record ScenarioCreateRequest(JsonElement Scenario, bool Shared = false);
