namespace Caravan.Server.Contracts;

/// <summary>What a simulation found: lead-time statistics and histogram over the replications.</summary>
/// <param name="Method">How the lead times were drawn.</param>
/// <param name="Route">The route simulated.</param>
/// <param name="Replications">Replications run.</param>
/// <param name="Seed">The seed.</param>
/// <param name="LeadTimeDays">Lead-time statistics, days.</param>
/// <param name="OnTimeDays">The promised lead time, days, if one was given.</param>
/// <param name="OnTimeRate">Share of replications within <paramref name="OnTimeDays"/>.</param>
/// <param name="Histogram">Lead-time histogram, days.</param>
public sealed record SimulationResults(
    string Method, RouteView Route, int Replications, long Seed, LeadTimeStatistics LeadTimeDays, double? OnTimeDays, double? OnTimeRate, Histogram Histogram);

/// <summary>Summary of a sample of lead times, days.</summary>
/// <param name="Mean">Mean.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="P99">99th percentile.</param>
/// <param name="Min">Smallest.</param>
/// <param name="Max">Largest.</param>
public sealed record LeadTimeStatistics(double Mean, double P50, double P90, double P95, double P99, double Min, double Max);

/// <summary>Equal-width histogram.</summary>
/// <param name="BinWidth">Width of each bin, in the sample's unit.</param>
/// <param name="Bins">Bins, lowest first.</param>
public sealed record Histogram(double BinWidth, IReadOnlyList<HistogramBin> Bins);

/// <summary>One histogram bin, [From, To).</summary>
/// <param name="From">Lower edge.</param>
/// <param name="To">Upper edge.</param>
/// <param name="Count">Values in the bin.</param>
public sealed record HistogramBin(double From, double To, int Count);
