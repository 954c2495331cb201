using Caravan.Core.Simulation;
using Caravan.Server.Contracts;
using Caravan.Server.Runs;

namespace Caravan.Server.Simulation;

/// <summary>Runs a compiled simulation model in the background: the discrete-event Monte Carlo, its progress, and the results for the store.</summary>
public static class SimulationJob
{
    // How often progress reaches the store; RunContext throttles to this as well.
    private static readonly TimeSpan ReportEvery = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Runs <paramref name="model"/> with <see cref="MonteCarlo.Run"/>, reporting the share of
    /// replications done and stopping within milliseconds (the event loop checks the token) when it fires.
    /// </summary>
    public static async Task<object> RunAsync(SimulationModel model, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(context);
        var progress = new Counter();
        var total = model.Options.Replications;
        var token = context.CancellationToken;
        var run = Task.Run(() => MonteCarlo.Run(model, progress, cancellationToken: token), token);
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(ReportEvery, CancellationToken.None));
            if (run.IsCompleted || token.IsCancellationRequested)
                continue;
            try
            {
                await context.ReportAsync((double)progress.Done / total);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // the simulation itself stops within 1,024 events; awaiting it below rethrows
            }
        }
        // The run's manifest has the wall time; the results leave it out so equal runs give equal results.
        var finished = (await run).WithoutWallTime();
        var result = finished.Result;
        return new SimulationResults(
            result.Manifest, result.OdPairs, result.Resources, result.Demands,
            Histogram.Regroup(finished.LeadTimeHistogram()),
            Enumerable.Range(0, result.OdPairs.Count).Select(i => Histogram.Regroup(finished.LeadTimeHistogram(i))).ToArray());
    }

    /// <summary>Keeps the latest count of replications done; MonteCarlo reports from its worker threads.</summary>
    private sealed class Counter : IProgress<int>
    {
        private int _done;

        public int Done => Volatile.Read(ref _done);

        public void Report(int value)
        {
            // Reports can arrive out of order from parallel batches; keep the largest.
            int seen;
            while (value > (seen = Volatile.Read(ref _done)) && Interlocked.CompareExchange(ref _done, value, seen) != seen)
            {
            }
        }
    }
}
