using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Caravan.Core.Data;
using Caravan.Storage;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Caravan.Server.Runs;

/// <summary>
/// The one way a run is recorded: its inputs and manifest stored (private when it used a private
/// scenario), then its results — at once for an answer computed in the request (a route), or by the
/// background queue for long work (flows, simulations, investment), where request handlers return
/// with the run id and the owner's quota is taken.
/// </summary>
public sealed class RunLauncher(CaravanStore store, RunQueue queue, RunQuota quota, RunVisibility visibility, Dataset dataset, IOptions<JsonOptions> json)
{
    /// <summary>Caravan's version, for manifests.</summary>
    public static string ProgramVersion { get; } =
        typeof(RunLauncher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>
    /// Stores a queued run of <paramref name="kind"/> for <paramref name="owner"/> and enqueues
    /// <paramref name="work"/>; null when the queue is full (the run is then stored as failed).
    /// </summary>
    /// <exception cref="RunQuotaExceededException"><paramref name="owner"/> already has their quota of runs queued or running.</exception>
    public async Task<StoredRun?> StartAsync(
        string kind, string owner, object inputs, string? scenario, long? seed, Func<RunContext, Task<object>> work, CancellationToken cancellationToken)
    {
        if (!quota.TryTake(owner))
            throw new RunQuotaExceededException(owner, quota.Limit);
        var enqueued = false;
        try
        {
            var (run, manifest) = await CreateAsync(kind, owner, inputs, scenario, seed, cancellationToken);
            enqueued = queue.TryEnqueue(new RunJob(run.Id, manifest, work, owner));
            if (enqueued)
                return run;
            await store.FinishRunAsync(run.Id, RunStatus.Failed, null, "the run queue is full; try again later", null, CancellationToken.None);
            return null;
        }
        finally
        {
            if (!enqueued)
                quota.Release(owner);
        }
    }

    /// <summary>
    /// Stores a run of <paramref name="kind"/> whose <paramref name="answer"/> is computed here and now
    /// (milliseconds), with its results and wall time; returns it with the results as stored.
    /// </summary>
    public async Task<(StoredRun Run, string Results)> RecordAsync(
        string kind, string owner, object inputs, string? scenario, long? seed, Func<object> answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var (run, manifest) = await CreateAsync(kind, owner, inputs, scenario, seed, cancellationToken);
        await store.StartRunAsync(run.Id, cancellationToken);
        var watch = Stopwatch.StartNew();
        var results = JsonSerializer.Serialize(answer(), json.Value.SerializerOptions);
        var finished = manifest with { WallSeconds = Math.Round(watch.Elapsed.TotalSeconds, 3) };
        await store.FinishRunAsync(run.Id, RunStatus.Succeeded, results, null, JsonSerializer.Serialize(finished, json.Value.SerializerOptions), cancellationToken);
        return ((await store.GetRunAsync(run.Id, cancellationToken))!, results);
    }

    private async Task<(StoredRun Run, RunManifest Manifest)> CreateAsync(
        string kind, string owner, object inputs, string? scenario, long? seed, CancellationToken cancellationToken)
    {
        var inputsJson = JsonSerializer.Serialize(inputs, json.Value.SerializerOptions);
        var manifest = new RunManifest(kind, dataset.Name, scenario, seed, Sha256(inputsJson), ProgramVersion);
        var isPrivate = await visibility.UsesPrivateScenarioAsync(inputsJson, owner, cancellationToken);
        var run = await store.CreateRunAsync(kind, owner, inputsJson, JsonSerializer.Serialize(manifest, json.Value.SerializerOptions), isPrivate, cancellationToken);
        return (run, manifest);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
