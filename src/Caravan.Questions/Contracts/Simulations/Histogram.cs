namespace Caravan.Questions.Contracts;

/// <summary>Equal-width histogram.</summary>
/// <param name="BinWidth">Width of each bin, in the sample's unit.</param>
/// <param name="Bins">Bins, lowest first.</param>
public sealed record Histogram(double BinWidth, IReadOnlyList<HistogramBin> Bins)
{
    /// <summary>Bins wanted in a plot.</summary>
    public const int PlotBins = 30;

    /// <summary>
    /// Regroups fine bins (<c>(lower, upper, count)</c>, increasing, as the simulator's 1 % log
    /// histogram gives them) into at most <paramref name="bins"/> equal-width bins over their range;
    /// each fine bin's count goes where its middle falls, so the total is kept.
    /// </summary>
    public static Histogram Regroup(IReadOnlyList<(double Lower, double Upper, long Count)> fine, int bins = PlotBins)
    {
        ArgumentNullException.ThrowIfNull(fine);
        if (fine.Count == 0)
            return new Histogram(0, []);
        var low = fine[0].Lower;
        var high = fine[^1].Upper;
        var width = (high - low) / bins;
        if (!(width > 0))
            return new Histogram(high - low, [new HistogramBin(low, high, fine.Sum(b => b.Count))]);
        var counts = new long[bins];
        foreach (var (lower, upper, count) in fine)
            counts[Math.Clamp((int)(((lower + upper) / 2 - low) / width), 0, bins - 1)] += count;
        return new Histogram(width, counts.Select((c, i) => new HistogramBin(low + i * width, low + (i + 1) * width, c)).ToArray());
    }
}
