namespace Caravan.Core.Tracking;

/// <summary>
/// The arrival forecast of one consignment at one moment: quantiles of a Monte Carlo of the rest of
/// its journey, the chance of meeting the promise, the conformal interval when calibrated, and the
/// carrier's own estimate beside it.
/// </summary>
public sealed record EtaForecast
{
    /// <summary>When the forecast was made.</summary>
    public required DateTimeOffset MadeAt { get; init; }

    /// <summary>10th percentile of arrival.</summary>
    public required DateTimeOffset P10 { get; init; }

    /// <summary>Median arrival.</summary>
    public required DateTimeOffset P50 { get; init; }

    /// <summary>90th percentile of arrival.</summary>
    public required DateTimeOffset P90 { get; init; }

    /// <summary>Share of replications arriving by the promise.</summary>
    public required double OnTimeProbability { get; init; }

    /// <summary>The conformal P10–P90 interval; null while uncalibrated.</summary>
    public (DateTimeOffset Low, DateTimeOffset High)? Calibrated { get; init; }

    /// <summary>Closed consignments behind the calibration.</summary>
    public required int CalibrationSize { get; init; }

    /// <summary>The latest carrier estimate (an EST event), if any.</summary>
    public DateTimeOffset? CarrierEstimate { get; init; }

    /// <summary>Replications run.</summary>
    public required int Replications { get; init; }

    /// <summary>Seed of the random streams.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Every replication's arrival, sorted (for the ETA fan).</summary>
    public required IReadOnlyList<DateTimeOffset> Arrivals { get; init; }
}
