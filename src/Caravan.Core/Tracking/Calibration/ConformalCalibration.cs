namespace Caravan.Core.Tracking;

/// <summary>
/// Split conformal calibration of the P10–P90 interval (conformalised quantile regression: Romano,
/// Patterson and Candès 2019; split conformal: Lei et al. 2018, docs/tracking.md). Each closed
/// consignment gives a score s = max(P10 − y, y − P90), y its actual arrival; with n scores, the
/// margin Q is the ⌈(n + 1)·c⌉-th smallest (c the coverage, 0.8), and [P10 − Q, P90 + Q] covers a new
/// arrival with probability at least c when consignments are exchangeable. Only the latest
/// <see cref="Window"/> scores count, so the margin follows a corridor that changes; below
/// <see cref="Minimum"/> scores the interval is shown as uncalibrated.
/// </summary>
public sealed class ConformalCalibration
{
    private readonly Queue<double> _scores = new();

    /// <summary>A calibration aiming at <paramref name="coverage"/>, usable from <paramref name="minimum"/> closed consignments, over the latest <paramref name="window"/>.</summary>
    public ConformalCalibration(double coverage = 0.8, int minimum = 20, int window = 500)
    {
        if (coverage is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(coverage), "coverage is in (0, 1)");
        if (minimum < 1 || window < minimum)
            throw new ArgumentOutOfRangeException(nameof(window), "1 ≤ minimum ≤ window");
        Coverage = coverage;
        Minimum = minimum;
        Window = window;
    }

    /// <summary>Target coverage of the calibrated interval.</summary>
    public double Coverage { get; }

    /// <summary>Closed consignments needed before the interval is calibrated.</summary>
    public int Minimum { get; }

    /// <summary>Most recent scores kept.</summary>
    public int Window { get; }

    /// <summary>Scores held.</summary>
    public int Count => _scores.Count;

    /// <summary>Adds a closed consignment: its forecast P10 and P90 and its actual arrival, in the same hours.</summary>
    public void Add(double p10, double p90, double actual)
    {
        _scores.Enqueue(Math.Max(p10 - actual, actual - p90));
        while (_scores.Count > Window)
            _scores.Dequeue();
    }

    /// <summary>The margin Q (hours; negative narrows), or null while fewer than <see cref="Minimum"/> have closed or too few for the coverage.</summary>
    public double? Margin
    {
        get
        {
            var n = _scores.Count;
            var k = (int)Math.Ceiling((n + 1) * Coverage);
            if (n < Minimum || k > n)
                return null;
            var sorted = _scores.ToArray();
            Array.Sort(sorted);
            return sorted[k - 1];
        }
    }
}
