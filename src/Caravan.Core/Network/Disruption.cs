using Caravan.Core.Distributions;

namespace Caravan.Core.Network;

/// <summary>Random closures of a node, link or chokepoint: a rate of events and how long each lasts.</summary>
/// <param name="ClosuresPerYear">Expected closure events per year (≥ 0).</param>
/// <param name="ClosureDurationHours">Length of one closure, hours.</param>
public sealed record Disruption(double ClosuresPerYear, Distribution ClosureDurationHours)
{
    /// <summary>Expected closed hours per year: rate × mean duration.</summary>
    public double ExpectedClosedHoursPerYear => ClosuresPerYear * ClosureDurationHours.Mean;

    /// <summary>
    /// Probability that at least one closure overlaps a stay of <paramref name="hours"/>: closures
    /// arrive as a Poisson process, and an event overlaps the stay if it starts during the stay or
    /// is still running when the stay begins, so the exposure window is hours + mean duration.
    /// </summary>
    public double ProbabilityOfHit(double hours)
    {
        var exposureYears = (Math.Max(hours, 0) + ClosureDurationHours.Mean) / Hours.PerYear;
        return 1 - Math.Exp(-ClosuresPerYear * exposureYears);
    }
}
