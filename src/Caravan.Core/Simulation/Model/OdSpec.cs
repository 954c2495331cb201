namespace Caravan.Core.Simulation;

/// <summary>An origin–destination pair of one commodity (one route of it, under a plan), with its promised lead time, hours.</summary>
internal sealed record OdSpec(string Commodity, string From, string To, int Demand, double PlannedHours, double PromisedHours)
{
    /// <summary>Tonnes a year the sources release to this pair.</summary>
    public double ReleasedTonnesPerYear { get; init; }

    /// <summary>Where the pair's route changes mode (ports, ferry terminals, transshipments), comma-separated; empty for a single-mode route.</summary>
    public string Via { get; init; } = "";
}
