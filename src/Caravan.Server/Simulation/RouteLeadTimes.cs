using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Network;
using Caravan.Server.Contracts;
using Caravan.Server.Runs;

namespace Caravan.Server.Simulation;

/// <summary>
/// Monte Carlo lead times of one shipment along a fixed route: each replication draws, for every
/// leg, the wait for the next departure (uniform over the headway), the transit time, the handling
/// and border dwell at its end, and whether a link or node closure is met on the way (then a
/// residual closure, uniform over a drawn duration). The full discrete-event simulator replaces
/// this when it is wired in; this keeps the API and dashboard honest meanwhile.
/// </summary>
public static class RouteLeadTimes
{
    /// <summary>The method, in words, for results.</summary>
    public const string Method = "route lead-time Monte Carlo (independent legs, headway waits, closures met in transit)";

    /// <summary>Runs <paramref name="replications"/> draws; reports progress and honours cancellation through <paramref name="context"/>.</summary>
    public static async Task<SimulationResults> RunAsync(
        Dataset dataset, RouteView route, int replications, long seed, double? onTimeDays, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(context);
        var random = new SeededRandom(seed);
        var origin = dataset.FindNode(route.Legs[0].From)!;
        var legs = route.Legs.Select(l => (Link: dataset.Links[dataset.Network.LinkIndex(l.Link)], Head: dataset.FindNode(l.To)!)).ToArray();
        var days = new double[replications];
        for (var r = 0; r < replications; r++)
        {
            var hours = origin.HandlingTimeHours.Sample(random);
            foreach (var (link, head) in legs)
            {
                if (link.DeparturesPerWeek is > 0 and var perWeek)
                    hours += random.NextDouble() * 168.0 / perWeek;
                var transit = link.TransitTimeHours.Sample(random);
                hours += transit + Closure(link.Disruption, transit, random);
                var stay = head.HandlingTimeHours.Sample(random) + head.DwellHours.Sample(random);
                hours += stay + Closure(head.Disruption, stay, random);
            }
            days[r] = hours / 24.0;
            if ((r + 1) % 500 == 0)
                await context.ReportAsync((r + 1.0) / replications);
        }
        Array.Sort(days);
        var onTime = onTimeDays is { } limit ? days.Count(d => d <= limit) / (double)replications : (double?)null;
        return new SimulationResults(Method, route, replications, seed, Statistics(days), onTimeDays, onTime, HistogramOf(days, 30));
    }

    // The chance of meeting a closure during the exposure, then the rest of it: uniform over one drawn closure.
    private static double Closure(Disruption? disruption, double exposureHours, IRandomSource random)
    {
        if (disruption is null || random.NextDouble() >= disruption.ProbabilityOfHit(exposureHours))
            return 0;
        return random.NextDouble() * disruption.ClosureDurationHours.Sample(random);
    }

    private static LeadTimeStatistics Statistics(double[] sorted) => new(
        Math.Round(sorted.Average(), 3), Q(sorted, 0.5), Q(sorted, 0.9), Q(sorted, 0.95), Q(sorted, 0.99), Math.Round(sorted[0], 3), Math.Round(sorted[^1], 3));

    // Nearest-rank percentile of a sorted sample.
    private static double Q(double[] sorted, double p) => Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)], 3);

    /// <summary>An equal-width histogram of a sorted sample with <paramref name="bins"/> bins over [min, max].</summary>
    public static Histogram HistogramOf(double[] sorted, int bins)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var min = sorted[0];
        var width = Math.Max((sorted[^1] - min) / bins, 1e-9);
        var counts = new int[bins];
        foreach (var d in sorted)
            counts[Math.Min((int)((d - min) / width), bins - 1)]++;
        return new Histogram(width, counts.Select((c, i) => new HistogramBin(min + (i * width), min + ((i + 1) * width), c)).ToList());
    }
}
