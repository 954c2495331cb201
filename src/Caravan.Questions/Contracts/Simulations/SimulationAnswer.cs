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
        return new(result.Manifest, [.. result.OdPairs.Select(Round)], [.. result.Resources.Select(Round)],
            [.. result.Demands.Select(d => d with { StockoutProbability = Rounded.Share(d.StockoutProbability), StockoutDays = Rounded.Days(d.StockoutDays) })],
            Histogram.Regroup(run.LeadTimeHistogram()),
            [.. Enumerable.Range(0, result.OdPairs.Count).Select(i => Histogram.Regroup(run.LeadTimeHistogram(i)))]);
    }

    // Statistics of a Monte Carlo run carry sampling noise far above a millionth; the contract keeps what means something.
    private static OdPairResult Round(OdPairResult od) => od with
    {
        DeliveredTonnes = Rounded.Tonnes(od.DeliveredTonnes),
        ReleasedTonnesPerYear = Rounded.Tonnes(od.ReleasedTonnesPerYear),
        ArrivedTonnesPerYear = Rounded.Tonnes(od.ArrivedTonnesPerYear),
        LeadTimeDays = Round(od.LeadTimeDays),
        LeadTimeDaysHalfWidth95 = Round(od.LeadTimeDaysHalfWidth95),
        PromisedLeadTimeDays = Rounded.Days(od.PromisedLeadTimeDays),
        OnTimeRate = Rounded.Share(od.OnTimeRate),
        StockoutProbability = Rounded.Share(od.StockoutProbability),
        StockoutDays = Rounded.Days(od.StockoutDays),
        StrandedTonnes = Rounded.Tonnes(od.StrandedTonnes),
        CostUsdPerTonne = Rounded.Usd(od.CostUsdPerTonne),
    };

    private static LeadTimeDays? Round(LeadTimeDays? l) =>
        l is null ? null : new(Rounded.Days(l.Mean), Rounded.Days(l.P50), Rounded.Days(l.P90), Rounded.Days(l.P95), Rounded.Days(l.P99));

    private static ResourceResult Round(ResourceResult r) => r with
    {
        Utilisation = Rounded.Share(r.Utilisation),
        MeanQueue = Rounded.Share(r.MeanQueue),
        MeanWaitHours = Rounded.Days(r.MeanWaitHours),
        MeanInSystem = Rounded.Share(r.MeanInSystem),
        ArrivalsPerHour = Rounded.Share(r.ArrivalsPerHour),
        MeanTimeInSystemHours = Rounded.Days(r.MeanTimeInSystemHours),
        MeanWaitHoursHalfWidth95 = Rounded.Days(r.MeanWaitHoursHalfWidth95),
        MeanQueueHalfWidth95 = Rounded.Share(r.MeanQueueHalfWidth95),
    };
}
