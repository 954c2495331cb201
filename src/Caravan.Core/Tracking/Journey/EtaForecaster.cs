namespace Caravan.Core.Tracking;

/// <summary>Forecasts a consignment's arrival from its status: the remaining journey sampled from where it is, under its scenario.</summary>
public sealed class EtaForecaster(JourneySampler sampler, int replications = 1000, ulong seed = 1)
{
    /// <summary>Replications per forecast.</summary>
    public int Replications { get; } = replications >= 10 ? replications : throw new ArgumentOutOfRangeException(nameof(replications), "at least 10");

    /// <summary>The forecast for <paramref name="status"/> at <paramref name="now"/>, calibrated by <paramref name="calibration"/> when it is ready.</summary>
    public EtaForecast Forecast(ConsignmentStatus status, DateTimeOffset now, ConformalCalibration? calibration = null, CancellationToken cancellationToken = default)
    {
        var position = status.State switch
        {
            PositionState.NotStarted => new JourneyPosition(0, false, sampler.HoursAt(status.Consignment.Departure)),
            PositionState.InTransit => new JourneyPosition(status.Index, true, sampler.HoursAt(status.Since)),
            _ => new JourneyPosition(status.Index, false, sampler.HoursAt(status.Since)),
        };
        var nowHours = sampler.HoursAt(now);
        // Before departure the journey starts at the planned departure, not now.
        var from = status.State == PositionState.NotStarted ? Math.Max(nowHours, position.SinceHours) : nowHours;
        var arrivals = sampler.Arrivals(status.Plan, position, from, Replications, seed, status.Consignment.Id, cancellationToken);
        Array.Sort(arrivals);
        var promise = sampler.HoursAt(status.Consignment.Promise);
        var p10 = Quantile(arrivals, 0.10);
        var p90 = Quantile(arrivals, 0.90);
        var margin = calibration?.Margin;
        return new EtaForecast
        {
            MadeAt = now,
            P10 = sampler.TimeAt(p10),
            P50 = sampler.TimeAt(Quantile(arrivals, 0.50)),
            P90 = sampler.TimeAt(p90),
            OnTimeProbability = arrivals.Count(a => a <= promise) / (double)arrivals.Length,
            Calibrated = margin is { } q ? (sampler.TimeAt(Math.Min(p10 - q, p90)), sampler.TimeAt(Math.Max(p90 + q, p10))) : null,
            CalibrationSize = calibration?.Count ?? 0,
            CarrierEstimate = status.CarrierEstimate,
            Replications = Replications,
            Seed = seed,
            Arrivals = arrivals.Select(sampler.TimeAt).ToArray(),
        };
    }

    /// <summary>Type-7 sample quantile (linear between order statistics) of sorted <paramref name="sorted"/>.</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
