using System.Reflection;
using Caravan.Core.Network;

namespace Caravan.Core.Simulation;

/// <summary>
/// Runs R replications of a model in parallel. Replications are grouped in fixed batches; each batch
/// runs its replications in order on one thread and the batch tallies are merged in batch order, so
/// the result is byte-identical whatever the number of threads.
/// </summary>
public static class MonteCarlo
{
    /// <summary>Runs <paramref name="model"/>; <paramref name="progress"/> hears the number of replications done so far.</summary>
    public static SimulationRun Run(SimulationModel model, IProgress<int>? progress = null, TimeProvider? clock = null,
        CancellationToken cancellationToken = default)
    {
        clock ??= TimeProvider.System;
        var started = clock.GetTimestamp();
        var options = model.Options;
        var batches = BatchCount(options);
        var tallies = new SimulationTally[batches];
        List<(double, int)>[]? traces = null;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxThreads ?? -1, CancellationToken = cancellationToken };
        try
        {
            traces = RunBatches(model, batches, parallel, tallies, progress, cancellationToken);
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is OperationCanceledException or SimulationLimitException) is { } first)
        {
            // A cancel or a work limit inside a replication stops every batch; the caller sees that, not a wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
        return Finish(model, tallies, clock.GetElapsedTime(started).TotalSeconds, traces);
    }

    // Each batch runs its replications in order on one thread; returns the queue traces of replication 0 when asked for.
    private static List<(double, int)>[]? RunBatches(SimulationModel model, int batches, ParallelOptions parallel, SimulationTally[] tallies,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var options = model.Options;
        List<(double, int)>[]? traced = null;
        var done = 0;
        Parallel.For(0, batches, parallel, () => new ReplicationRunner(model), (batch, _, runner) =>
        {
            tallies[batch] = RunBatch(model, runner, batch, options.TraceQueues ? t => traced = t : null,
                () => progress?.Report(Interlocked.Increment(ref done)), cancellationToken);
            return runner;
        }, _ => { });
        return traced;
    }

    /// <summary>Number of batches the replications of <paramref name="options"/> fall into.</summary>
    internal static int BatchCount(SimulationOptions options) => (options.Replications + options.BatchSize - 1) / options.BatchSize;

    /// <summary>
    /// Runs one batch's replications in order on the calling thread: the unit that merges, here and
    /// on a cluster alike. <paramref name="traced"/>, when given, hears replication 0's queue traces.
    /// </summary>
    internal static SimulationTally RunBatch(SimulationModel model, ReplicationRunner runner, int batch,
        Action<List<(double, int)>[]>? traced, Action? replicationDone, CancellationToken cancellationToken)
    {
        var options = model.Options;
        var tally = new SimulationTally(model);
        var first = batch * options.BatchSize;
        var last = Math.Min(options.Replications, first + options.BatchSize);
        for (var r = first; r < last; r++)
        {
            var trace = r == 0 && traced is not null;
            runner.Run(r, tally, trace, cancellationToken);
            if (trace)
                traced!(runner.Traces!);
            replicationDone?.Invoke();
        }
        return tally;
    }

    /// <summary>The run that the batch tallies make, merged in batch order.</summary>
    internal static SimulationRun Finish(SimulationModel model, IEnumerable<SimulationTally> tallies, double wallSeconds,
        List<(double, int)>[]? traces)
    {
        var total = new SimulationTally(model);
        foreach (var tally in tallies)
            total.Merge(tally);
        return new SimulationRun(model, total, Summarise(model, total, wallSeconds), traces);
    }

    /// <summary>The program version recorded in manifests.</summary>
    public static string ProgramVersion { get; } =
        typeof(MonteCarlo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    private static SimulationResult Summarise(SimulationModel model, SimulationTally tally, double wallSeconds)
    {
        var options = model.Options;
        var observedHours = (options.HorizonHours - options.WarmupHours) * tally.Replications;
        var manifest = new SimulationManifest
        {
            Dataset = model.Dataset.Name,
            DatasetHash = DatasetFingerprint.Of(model.Dataset),
            Scenario = model.Scenario,
            Seed = options.Seed,
            Replications = tally.Replications,
            HorizonDays = options.HorizonDays,
            WarmupDays = options.WarmupDays,
            LotTonnes = options.LotTonnes,
            Arrivals = SnakeCase.Name(options.Arrivals),
            Events = tally.Events,
            Reroutes = tally.Reroutes,
            ProgramVersion = ProgramVersion,
            WallTimeSeconds = wallSeconds,
        };
        var ods = model.Ods.Select((od, i) =>
        {
            var s = tally.Ods[i];
            var any = s.LeadDays.Count > 0;
            var q = s.ReplicationQuantileDays;
            return new OdPairResult
            {
                Commodity = od.Commodity,
                From = od.From,
                To = od.To,
                Via = od.Via,
                DeliveredTonnes = s.DeliveredTonnes.Mean,
                ReleasedTonnesPerYear = od.ReleasedTonnesPerYear,
                ArrivedTonnesPerYear = s.ArrivedTonnes.Mean / Hours.ToDays(options.HorizonHours - options.WarmupHours) * Hours.DaysPerYear,
                LeadTimeDays = any
                    ? new LeadTimeDays(s.LeadDays.Mean, s.LeadHistogramDays.Quantile(0.50)!.Value, s.LeadHistogramDays.Quantile(0.90)!.Value,
                        s.LeadHistogramDays.Quantile(0.95)!.Value, s.LeadHistogramDays.Quantile(0.99)!.Value)
                    : null,
                LeadTimeDaysHalfWidth95 = any
                    ? new LeadTimeDays(s.ReplicationMeanDays.HalfWidth95, q[0].HalfWidth95, q[1].HalfWidth95, q[2].HalfWidth95, q[3].HalfWidth95)
                    : null,
                PromisedLeadTimeDays = Hours.ToDays(od.PromisedHours),
                OnTimeRate = any ? (double)s.OnTime / s.LeadDays.Count : null,
                StockoutProbability = tally.StockoutHappened[od.Demand].Mean,
                StockoutDays = tally.StockoutDays[od.Demand].Mean,
                StrandedTonnes = s.StrandedTonnes.Mean,
                CostUsdPerTonne = s.Tonnes > 0 ? s.CostUsd / s.Tonnes : null,
            };
        }).ToArray();

        var resources = new List<ResourceResult>();
        for (var i = 0; i < tally.Resources.Length; i++)
        {
            var r = tally.Resources[i];
            if (r.Arrivals == 0)
                continue;
            var isNode = i < model.Nodes.Length;
            var node = isNode ? model.Nodes[i] : null;
            var arc = isNode ? null : model.Arcs[i - model.Nodes.Length];
            var gated = node?.Gate is not null || arc?.Gate is not null;
            double? utilisation = (node, arc) switch
            {
                _ when gated => r.GateWorkHours / observedHours,
                ({ Servers: < int.MaxValue } n, _) => r.BusyArea / (n.Servers * observedHours),
                ({ CapacityTonnesPerDay: { } perDay }, _) => r.Tonnes / (perDay * Hours.ToDays(observedHours)),
                (_, { Kind: not ArcKind.Continuous } a) when r.SailingCapacityTonnes > 0 && !double.IsInfinity(a.CapacityTonnesPerSailing)
                    => r.Tonnes / r.SailingCapacityTonnes,
                (_, { Kind: ArcKind.Continuous, CapacityTonnesPerDay: { } perDay }) => r.Tonnes / (perDay * Hours.ToDays(observedHours)),
                _ => null,
            };
            resources.Add(new ResourceResult
            {
                Id = node?.Id ?? arc!.Id,
                Kind = isNode ? "node" : SnakeCase.Name(arc!.Kind) switch { "continuous" => "link", var k => k },
                Utilisation = utilisation,
                MeanQueue = r.QueueArea / observedHours,
                MaxQueue = r.MaxQueue,
                MeanWaitHours = r.Started > 0 ? r.WaitHours / r.Started : 0,
                MeanInSystem = r.InSystemArea / observedHours,
                ArrivalsPerHour = r.Arrivals / observedHours,
                MeanTimeInSystemHours = r.Completed > 0 ? r.SojournHours / r.Completed : 0,
                MeanWaitHoursHalfWidth95 = r.ReplicationWaitHours.HalfWidth95,
                MeanQueueHalfWidth95 = r.ReplicationMeanQueue.HalfWidth95,
            });
        }
        resources.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var demands = model.Demands.Select((d, i) =>
            new DemandResult(d.Node, d.Commodity, tally.StockoutHappened[i].Mean, tally.StockoutDays[i].Mean)).ToArray();
        return new SimulationResult(manifest, ods, resources, demands);
    }
}
