using System.Text.Json;
using System.Text.RegularExpressions;
using Caravan.Core.Data;
using Caravan.Server.Access;
using Caravan.Server.Contracts;
using Caravan.Storage;

namespace Caravan.Server.Scenarios;

/// <summary>
/// The scenarios a caller can pick: the dataset's own and the stored user scenarios they may see;
/// checks scenario documents and turns a list of names into the dataset to compute on.
/// </summary>
public sealed partial class ScenarioBook(Dataset dataset, CaravanStore store)
{
    /// <summary>The edit types a scenario document may use.</summary>
    public static readonly IReadOnlyList<string> EditTypes =
        ["close", "scale_capacity", "add_delay", "set_transit_time", "change_cost", "export_ban", "digitise_customs", "storms"];

    /// <summary>Every scenario <paramref name="caller"/> may see: built-in first, then stored ones by id.</summary>
    public async Task<IReadOnlyList<ScenarioResponse>> ListAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var stored = await store.ListScenariosAsync(caller.Owner, caller.IsAdmin, cancellationToken);
        return [.. BuiltIn(), .. stored.Select(Response)];
    }

    /// <summary>The scenario named <paramref name="id"/> if <paramref name="caller"/> may see it.</summary>
    public async Task<ScenarioResponse?> FindAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (BuiltIn().FirstOrDefault(s => s.Id.Equals(id, StringComparison.OrdinalIgnoreCase)) is { } builtIn)
            return builtIn;
        var stored = await store.GetScenarioAsync(id, cancellationToken);
        return stored is not null && caller.MayRead(stored) ? Response(stored) : null;
    }

    /// <summary>True when a built-in scenario has this name.</summary>
    public bool IsBuiltIn(string id) => BuiltIn().Any(s => s.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Checks a scenario document against the dataset; problems name the field at fault.</summary>
    public ScenarioValidation Check(JsonElement document)
    {
        var problems = new List<ScenarioProblem>();
        void Fail(string field, string message) => problems.Add(new ScenarioProblem("scenario" + field, 0, 0, message));
        if (document.ValueKind != JsonValueKind.Object)
        {
            Fail("", "expected an object: {\"name\": ..., \"description\": ..., \"edits\": [...]}");
            return new ScenarioValidation(false, problems);
        }
        if (!document.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
            Fail(".name", "missing text field 'name'");
        else if (!Slug().IsMatch(name.GetString()!))
            Fail(".name", "a name is 1-63 lower-case letters, digits and dashes, starting with a letter or digit");
        if (!document.TryGetProperty("edits", out var edits) || edits.ValueKind != JsonValueKind.Array)
        {
            Fail(".edits", "missing array field 'edits' (use [] for none)");
        }
        else
        {
            var i = 0;
            foreach (var edit in edits.EnumerateArray())
            {
                if (edit.ValueKind != JsonValueKind.Object || !edit.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                    Fail($".edits[{i}].type", "each edit is an object with a text field 'type'");
                else if (!EditTypes.Contains(type.GetString()))
                    Fail($".edits[{i}].type", $"unknown edit type '{type.GetString()}'; one of {string.Join(", ", EditTypes)}");
                i++;
            }
        }
        return new ScenarioValidation(problems.Count == 0, problems);
    }

    /// <summary>
    /// The dataset with the named scenarios applied, in order; null with a reason when a name is
    /// unknown to <paramref name="caller"/> or cannot be applied.
    /// </summary>
    public async Task<(Dataset? Dataset, string? Problem)> ApplyAsync(IReadOnlyList<string> names, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names.Where(n => !n.Equals("baseline", StringComparison.OrdinalIgnoreCase)))
        {
            if (await FindAsync(name, caller, cancellationToken) is null)
                return (null, $"unknown scenario '{name}'");
            return (null, $"scenario '{name}' cannot be applied: this build has no scenario engine yet");
        }
        return (dataset, null);
    }

    private static IEnumerable<ScenarioResponse> BuiltIn() => [];

    private static ScenarioResponse Response(StoredScenario s)
    {
        using var document = JsonDocument.Parse(s.Body);
        var root = document.RootElement.Clone();
        var description = root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "";
        var edits = root.TryGetProperty("edits", out var e) && e.ValueKind == JsonValueKind.Array ? e.GetArrayLength() : 0;
        return new ScenarioResponse(s.Id, description, s.Owner, s.Shared, false, edits, root, s.UpdatedAt);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex Slug();
}
