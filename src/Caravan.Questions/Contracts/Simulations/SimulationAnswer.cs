using Caravan.Core.Simulation;

namespace Caravan.Questions.Contracts;

/// <summary>
/// What a simulation found (<c>caravan simulate --format json</c>, the results of a simulation run):
/// manifest, origin–destination pairs, resources, demands, and lead-time histograms for plots.
/// </summary>
/// <param name="Manifest">What was run (seed, replications, dataset hash...); the wall time is null in a run's results, so equal runs give equal results.</param>
/// <param name="OdPairs">Per commodity and origin–destination pair: delivered tonnes, lead-time percentiles, on-time rate, stock-out probability.</param>
/// <param name="Resources">Per node and directed link that saw traffic: utilisation, queues, waits.</param>
/// <param name="Demands">Stock-outs per demand point.</param>
/// <param name="Histogram">Lead times of every delivered lot of every pair together, days.</param>
/// <param name="OdHistograms">Lead times per pair, days, in the order of <paramref name="OdPairs"/>.</param>
public sealed record SimulationAnswer(
    SimulationManifest Manifest,
    IReadOnlyList<OdPairResult> OdPairs,
    IReadOnlyList<ResourceResult> Resources,
    IReadOnlyList<DemandResult> Demands,
    Histogram Histogram,
    IReadOnlyList<Histogram> OdHistograms)
{
    /// <summary>The contract of <paramref name="run"/>.</summary>
    public static SimulationAnswer Of(SimulationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var result = run.Result;
        return new(result.Manifest, result.OdPairs, result.Resources, result.Demands,
            Histogram.Regroup(run.LeadTimeHistogram()),
            [.. Enumerable.Range(0, result.OdPairs.Count).Select(i => Histogram.Regroup(run.LeadTimeHistogram(i)))]);
    }
}
