using System.Diagnostics;
using System.Text.Json;
using Caravan.Storage;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Caravan.Server.Runs;

/// <summary>
/// Background workers: take jobs from the queue, run them off the request threads with a
/// cancellation token (user cancel, run-length limit, shutdown), and store the outcome.
/// </summary>
internal sealed class RunWorker(
    RunQueue queue, CaravanStore store, ServerOptions options, TimeProvider clock, IOptions<JsonOptions> json, ILogger<RunWorker> log)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => Task.Run(() => ConsumeAsync(stoppingToken), stoppingToken)));

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
                await RunAsync(job, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private async Task RunAsync(RunJob job, CancellationToken stoppingToken)
    {
        if (!await store.StartRunAsync(job.RunId, stoppingToken))
        {
            queue.Ended(job.RunId); // cancelled while it waited
            return;
        }
        using var source = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        source.CancelAfter(TimeSpan.FromSeconds(options.MaxRunSeconds));
        queue.Started(job.RunId, source);
        var watch = Stopwatch.StartNew();
        try
        {
            var context = new RunContext(job.RunId, store, clock, source.Token);
            var results = await Task.Run(() => job.Work(context), source.Token);
            var manifest = job.Manifest with { WallSeconds = Math.Round(watch.Elapsed.TotalSeconds, 3) };
            await store.FinishRunAsync(job.RunId, RunStatus.Succeeded,
                JsonSerializer.Serialize(results, json.Value.SerializerOptions), null,
                JsonSerializer.Serialize(manifest, json.Value.SerializerOptions), CancellationToken.None);
        }
        catch (OperationCanceledException) when (source.IsCancellationRequested)
        {
            var why = queue.WasCancelled(job.RunId) ? null
                : stoppingToken.IsCancellationRequested ? "the server stopped before the run finished"
                : $"the run passed the run-length limit of {options.MaxRunSeconds} s and was stopped";
            if (why is null)
                await store.CancelRunAsync(job.RunId, CancellationToken.None);
            else
                await store.FinishRunAsync(job.RunId, RunStatus.Failed, null, why, null, CancellationToken.None);
        }
#pragma warning disable CA1031 // a failed run is recorded, whatever the failure; the worker lives on
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogError(e, "run {RunId} failed", job.RunId);
            await store.FinishRunAsync(job.RunId, RunStatus.Failed, null, e.Message, null, CancellationToken.None);
        }
        finally
        {
            queue.Ended(job.RunId);
        }
    }
}
