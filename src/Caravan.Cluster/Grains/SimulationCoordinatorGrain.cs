using Caravan.Cluster.Chunks;
using Caravan.Cluster.Hosting;
using Caravan.Cluster.Jobs;
using Caravan.Core.Simulation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Caravan.Cluster.Grains;

/// <summary>
/// Runs a simulation's chunks across the cluster. Keeps as many chunks in flight as the cluster has
/// cores (machines × cores per machine), runs a chunk again when its silo is lost or its call fails, and
/// counts each chunk once: the store keeps the first result of each chunk, and only that one is merged.
/// Reentrant, so polls are answered while the run awaits its chunks.
/// </summary>
[Reentrant]
public sealed partial class SimulationCoordinatorGrain(
    IChunkStore store, JobModels jobs, IOptions<CaravanClusterOptions> options, ILogger<SimulationCoordinatorGrain> log)
    : Grain, ISimulationCoordinatorGrain, IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _work;
    private int _done;
    private IReadOnlyList<byte[]>? _merged;
    private string? _problem;

    /// <inheritdoc />
    public Task Start(SimulationJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        _work ??= RunAsync(job, _stop.Token);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<RunStatus> Poll() => Task.FromResult(new RunStatus(_work is not null, _done, _merged, _problem));

    /// <inheritdoc />
    public async Task Cancel()
    {
        await _stop.CancelAsync();
        await store.DeleteAsync(this.GetPrimaryKeyString(), CancellationToken.None);
        DeactivateOnIdle();
    }

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // A coordinator that goes away stops dispatching; the next one resumes from the store.
        await _stop.CancelAsync();
    }

    /// <inheritdoc />
    public void Dispose() => _stop.Dispose();

    private async Task RunAsync(SimulationJob job, CancellationToken cancellationToken)
    {
        var runId = this.GetPrimaryKeyString();
        try
        {
            var models = await jobs.ModelsAsync(job, cancellationToken);
            var mergers = models.Select(m => new ChunkMerger(m)).ToArray();
            var slots = await SlotsAsync();
            var plan = ChunkPlan.Of(job, slots);
            var stored = await store.ReadAsync(runId, cancellationToken);
            var counted = new HashSet<(int, int)>();
            foreach (var chunk in plan.Where(c => stored.ContainsKey((c.Model, c.Chunk))))
                Count(new ChunkKey(runId, chunk.Model, chunk.Chunk), chunk, stored[(chunk.Model, chunk.Chunk)], models, mergers, counted);
            Resumed(log, runId, plan.Count, counted.Count, slots);
            var pending = new Queue<(PlannedChunk Chunk, int Attempt)>(plan.Where(c => !counted.Contains((c.Model, c.Chunk))).Select(c => (c, 1)));
            var running = new Dictionary<Task<ChunkResult>, (PlannedChunk Chunk, int Attempt)>();
            while (pending.Count > 0 || running.Count > 0)
            {
                while (running.Count < slots && pending.TryDequeue(out var next))
                {
                    var grain = GrainFactory.GetGrain<ISimulationChunkGrain>(new ChunkKey(runId, next.Chunk.Model, next.Chunk.Chunk).ToString());
                    running.Add(grain.Run(job, next.Chunk.Model, next.Chunk.FirstBatch, next.Chunk.BatchCount, cancellationToken), next);
                }
                var finished = await Task.WhenAny(running.Keys);
                var (chunk, attempt) = running[finished];
                running.Remove(finished);
                var key = new ChunkKey(runId, chunk.Model, chunk.Chunk);
                try
                {
                    var result = await finished;
                    if (result.Problem is { } problem)
                        throw new ClusterException(problem);
                    var (winner, added) = await store.AddAsync(key, result.Tallies!, cancellationToken);
                    if (added)
                        Stored(log, key, result.Silo);
                    else
                        Duplicate(log, key, result.Silo);
                    Count(key, chunk, winner, models, mergers, counted);
                }
                catch (Exception e) when (e is not ClusterException and not OperationCanceledException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    // The silo was lost, the call timed out or failed: run the chunk again, on whichever silo Orleans places it.
                    if (attempt >= options.Value.MaxAttempts)
                        throw new ClusterException($"chunk {key} failed {attempt} times; last: {e.Message}", e);
                    Retrying(log, key, attempt, e);
                    await Task.Delay(options.Value.RetryDelay, cancellationToken);
                    pending.Enqueue((chunk, attempt + 1));
                }
            }
            _merged = [.. mergers.Select(m => m.Merged())];
            Completed(log, runId, plan.Count);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _problem = "the run was stopped";
        }
        catch (Exception e) when (e is ClusterException or InvalidDataException)
        {
            _problem = e.Message;
            Failed(log, runId, e.Message);
        }
    }

    private void Count(ChunkKey key, PlannedChunk chunk, byte[] tallies, IReadOnlyList<SimulationModel> models, ChunkMerger[] mergers, HashSet<(int, int)> counted)
    {
        if (!counted.Add((chunk.Model, chunk.Chunk)))
            return;
        mergers[chunk.Model].Add(tallies);
        _done += MonteCarloChunks.Replications(models[chunk.Model], chunk.FirstBatch, chunk.BatchCount);
        Counted(log, key);
    }

    // Chunks in flight: the cluster's cores, counting each machine (silos at one address share its
    // cores) as having this machine's cores; more only queue chunks on busy cores (measured no better).
    private async Task<int> SlotsAsync()
    {
        if (options.Value.ChunksInFlight is { } fixedSlots)
            return fixedSlots;
        var hosts = await GrainFactory.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        var machines = hosts.Keys.Select(h => h.Endpoint.Address).Distinct().Count();
        return Math.Max(1, machines) * Environment.ProcessorCount;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "run {Run}: {Chunks} chunks, {Stored} already stored, {Slots} in flight")]
    private static partial void Resumed(ILogger log, string run, int chunks, int stored, int slots);

    [LoggerMessage(Level = LogLevel.Information, Message = "chunk {Chunk} result from {Silo} stored")]
    private static partial void Stored(ILogger log, ChunkKey chunk, string silo);

    [LoggerMessage(Level = LogLevel.Information, Message = "chunk {Chunk} result from {Silo} ignored: a first result is stored")]
    private static partial void Duplicate(ILogger log, ChunkKey chunk, string silo);

    [LoggerMessage(Level = LogLevel.Information, Message = "chunk {Chunk} counted")]
    private static partial void Counted(ILogger log, ChunkKey chunk);

    [LoggerMessage(Level = LogLevel.Warning, Message = "chunk {Chunk} attempt {Attempt} failed; running it again")]
    private static partial void Retrying(ILogger log, ChunkKey chunk, int attempt, Exception reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "run {Run}: all {Chunks} chunks merged")]
    private static partial void Completed(ILogger log, string run, int chunks);

    [LoggerMessage(Level = LogLevel.Error, Message = "run {Run} failed: {Reason}")]
    private static partial void Failed(ILogger log, string run, string reason);
}
