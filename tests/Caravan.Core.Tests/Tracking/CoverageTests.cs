using Caravan.Core.Tracking;
using Xunit.Abstractions;

namespace Caravan.Core.Tests.Tracking;

/// <summary>
/// Split conformal calibration on simulated histories. The world is harder than the model that
/// forecasts: arrivals are drawn under the Caspian winter storms scenario with two more days at Aktau
/// and at Poti, forecasts made with the baseline. 1,000 closed consignments calibrate; on 1,000 new ones the calibrated P10–P90 interval must
/// cover 80 % ± 5 % of arrivals. Fixed seeds: the figures are the same on every run.
/// </summary>
public sealed class CoverageTests(ITestOutputHelper output)
{
    // The world's ports are slower than the dataset says: two more days at Aktau and at Poti.
    private const string SlowPorts = """{"name": "slow-ports", "edits": [{"type": "add_delay", "nodes": ["KZAAU", "GEPTI"], "hours": 48}]}""";

    private const int Calibrating = 1000;

    [Fact]
    public void Calibrated_P10P90_Covers80PercentOfSimulatedArrivals()
    {
        var route = TrackingWorld.RouteVia("u3o8", "kz-kazatomprom-south", "KZAAU", "AZALA", "GEPTI", "jp-kanto-industry");
        var forecastSampler = new JourneySampler(TrackingWorld.Baseline, TrackingWorld.Epoch);
        var world = new JourneySampler(TrackingWorld.Compile("caspian-winter-storms", SlowPorts), TrackingWorld.Epoch);
        var forecaster = new EtaForecaster(forecastSampler, replications: 100, seed: 11);
        var path = PlannedPath.Of(TrackingWorld.Eurasia.Network, route, out _)!;
        var random = new Random(20261203);
        var calibration = new ConformalCalibration(coverage: 0.8, minimum: 20, window: 1000);

        (EtaForecast Forecast, double Actual) Consign(int i)
        {
            var departure = TrackingWorld.Epoch.AddHours(random.NextDouble() * 365 * 24);
            var id = $"C{i}";
            var consignment = new Consignment { Id = id, Commodity = "u3o8", Route = route, Departure = departure, Promise = departure.AddDays(45) };
            var status = ConsignmentStatus.From(consignment, [], TrackingWorld.Eurasia, TrackingWorld.Baseline.Planner, out _)!;
            var forecast = forecaster.Forecast(status, departure, calibration);
            var start = world.HoursAt(departure);
            // The world's one history: replication 0 of its own seed, this consignment's own numbers.
            var actual = world.Arrivals(path, new JourneyPosition(0, false, start), start, 1, seed: 99, consignment: id)[0];
            return (forecast, actual);
        }

        Assert.Null(calibration.Margin);
        for (var i = 0; i < Calibrating; i++)
        {
            var (f, actual) = Consign(i);
            if (i < 19)
                Assert.Null(f.Calibrated); // shown as uncalibrated until enough have closed
            calibration.Add(forecastSampler.HoursAt(f.P10), forecastSampler.HoursAt(f.P90), actual);
        }
        Assert.NotNull(calibration.Margin);

        int covered = 0, coveredRaw = 0;
        const int tests = 1000;
        for (var i = Calibrating; i < Calibrating + tests; i++)
        {
            var (f, actual) = Consign(i);
            var (low, high) = f.Calibrated!.Value;
            if (actual >= forecastSampler.HoursAt(low) && actual <= forecastSampler.HoursAt(high))
                covered++;
            if (actual >= forecastSampler.HoursAt(f.P10) && actual <= forecastSampler.HoursAt(f.P90))
                coveredRaw++;
        }
        var coverage = covered / (double)tests;
        output.WriteLine($"margin {calibration.Margin:0.0} h; calibrated P10–P90 covers {coverage:P1}, uncalibrated {coveredRaw / (double)tests:P1}");
        Assert.InRange(coverage, 0.75, 0.85);
    }

    [Fact]
    public void Margin_KnownScores_IsTheConformalOrderStatistic()
    {
        var calibration = new ConformalCalibration(coverage: 0.8, minimum: 4, window: 100);
        // Scores max(p10 − y, y − p90) = 1..9 (y above P90 by 1..9 h).
        for (var s = 1; s <= 9; s++)
            calibration.Add(0, 10, 10 + s);
        // ⌈(9 + 1) × 0.8⌉ = 8th smallest.
        Assert.Equal(8, calibration.Margin);
    }

    [Fact]
    public void Margin_WindowFull_OldestScoresDropOut()
    {
        var calibration = new ConformalCalibration(coverage: 0.5, minimum: 1, window: 3);
        foreach (var score in new[] { 100, 100, 100, 1, 2, 3 })
            calibration.Add(0, 0, score);
        Assert.Equal(3, calibration.Count);
        Assert.Equal(2, calibration.Margin); // ⌈4 × 0.5⌉ = 2nd of {1, 2, 3}
    }
}
