using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Runs;

/// <summary>A run: what it was asked, where it is, what it was computed from, and (when asked for) its results.</summary>
/// <param name="Id">Run id.</param>
/// <param name="Kind">route, flow, simulation, risk.</param>
/// <param name="Owner">Who started it.</param>
/// <param name="Status">queued, running, succeeded, failed, cancelled.</param>
/// <param name="Progress">Fraction done, 0 to 1.</param>
/// <param name="Error">Why it failed; null otherwise.</param>
/// <param name="CreatedAt">When it was accepted.</param>
/// <param name="StartedAt">When a worker took it.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="WallSeconds">Seconds from start to finish.</param>
/// <param name="Inputs">The request.</param>
/// <param name="Manifest">Dataset, scenario, seed, version, inputs' hash, wall time.</param>
/// <param name="Results">The results; null in lists and until it succeeded.</param>
public sealed record RunResponse(
    string Id, string Kind, string Owner, RunStatus Status, double Progress, string? Error,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, double? WallSeconds,
    JsonElement Inputs, JsonElement Manifest, JsonElement? Results)
{
    /// <summary>The API view of <paramref name="run"/>, with <paramref name="results"/> JSON when given.</summary>
    public static RunResponse From(StoredRun run, string? results = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Id, run.Kind, run.Owner, run.Status, run.Progress, run.Error, run.CreatedAt, run.StartedAt, run.FinishedAt,
            run.WallSeconds, Parse(run.Inputs), Parse(run.Manifest), results is null ? null : Parse(results));
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
