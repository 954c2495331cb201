using System.Text.Json;
using Caravan.Server.Scenarios;

namespace Caravan.Server.Runs;

/// <summary>
/// Decides whether a run is private: one computed under a stored private scenario shows that
/// scenario's edits in its inputs and results, so only those who may read the scenario — its owner
/// and admins — may read the run. The scenario names are read from the run's inputs, the same for
/// every kind of run: <c>scenario</c> (a comma-separated list) and <c>scenarios</c> (flow comparison
/// sets <c>a+b</c>, weighted invest scenarios <c>a+b@0.5</c>).
/// </summary>
public sealed class RunVisibility(ScenarioBook book)
{
    /// <summary>True when a scenario named in <paramref name="inputsJson"/> is a private one to <paramref name="owner"/>.</summary>
    public async Task<bool> UsesPrivateScenarioAsync(string inputsJson, string owner, CancellationToken cancellationToken)
    {
        foreach (var name in ScenarioNames(inputsJson))
        {
            if (await book.IsPrivateAsync(name, owner, cancellationToken))
                return true;
        }
        return false;
    }

    /// <summary>Every scenario name the inputs mention, once each.</summary>
    public static IReadOnlyList<string> ScenarioNames(string inputsJson)
    {
        using var document = JsonDocument.Parse(inputsJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            return [];
        var specs = new List<string>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.NameEquals("scenario") && property.Value.ValueKind == JsonValueKind.String)
                specs.AddRange(property.Value.GetString()!.Split(','));
            else if (property.NameEquals("scenarios") && property.Value.ValueKind == JsonValueKind.Array)
                specs.AddRange(property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
        }
        return specs.SelectMany(spec => spec.Split('@')[0].Split('+'))
            .Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }
}
