using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Caravan.Core.Data;
using Caravan.Storage;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Caravan.Server.Runs;

/// <summary>Records a run and hands its work to the background queue; request handlers return at once with the run id.</summary>
public sealed class RunLauncher(CaravanStore store, RunQueue queue, Dataset dataset, IOptions<JsonOptions> json)
{
    /// <summary>Caravan's version, for manifests.</summary>
    public static string ProgramVersion { get; } =
        typeof(RunLauncher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>
    /// Stores a queued run of <paramref name="kind"/> for <paramref name="owner"/> and enqueues
    /// <paramref name="work"/>; null when the queue is full (the run is then stored as failed).
    /// </summary>
    public async Task<StoredRun?> StartAsync(
        string kind, string owner, object inputs, string? scenario, long? seed, Func<RunContext, Task<object>> work, CancellationToken cancellationToken)
    {
        var inputsJson = JsonSerializer.Serialize(inputs, json.Value.SerializerOptions);
        var manifest = new RunManifest(kind, dataset.Name, scenario, seed, Sha256(inputsJson), ProgramVersion);
        var run = await store.CreateRunAsync(kind, owner, inputsJson, JsonSerializer.Serialize(manifest, json.Value.SerializerOptions), cancellationToken);
        if (queue.TryEnqueue(new RunJob(run.Id, manifest, work)))
            return run;
        await store.FinishRunAsync(run.Id, RunStatus.Failed, null, "the run queue is full; try again later", null, CancellationToken.None);
        return null;
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
