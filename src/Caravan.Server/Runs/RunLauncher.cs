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
/// Records a run and hands its work to the background queue; request handlers return at once with the
/// run id. Every background run starts here, so here the owner's quota is taken and the run is made
/// private when it used a private scenario.
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
            var inputsJson = JsonSerializer.Serialize(inputs, json.Value.SerializerOptions);
            var manifest = new RunManifest(kind, dataset.Name, scenario, seed, Sha256(inputsJson), ProgramVersion);
            var isPrivate = await visibility.UsesPrivateScenarioAsync(inputsJson, owner, cancellationToken);
            var run = await store.CreateRunAsync(kind, owner, inputsJson, JsonSerializer.Serialize(manifest, json.Value.SerializerOptions), isPrivate, cancellationToken);
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

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
