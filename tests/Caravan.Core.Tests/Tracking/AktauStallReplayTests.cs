using Caravan.Core.Tracking;
using Xunit.Abstractions;

namespace Caravan.Core.Tests.Tracking;

/// <summary>
/// A uranium consignment reaches Aktau and stalls there. Replayed twelve hours at a time, the alerts
/// must come at the right events: "overdue" at the first check past the simulator's 95th percentile
/// stay at Aktau, "at risk" at the first check whose median ETA is past the promise (P80 at departure,
/// so on time on arrival at Aktau), each once; and the median ETA must move later as the stall goes on.
/// </summary>
public sealed class AktauStallReplayTests(ITestOutputHelper output)
{
    [Fact]
    public void Replay_StallAtAktau_OverdueThenAtRiskAtTheRightChecks()
    {
        var route = TrackingWorld.RouteVia("u3o8", "kz-kazatomprom-south", "KZAAU", "AZALA", "GEPTI", "jp-kanto-industry");
        var sampler = new JourneySampler(TrackingWorld.Baseline, TrackingWorld.Epoch);
        var forecaster = new EtaForecaster(sampler, replications: 400, seed: 7);
        var departure = new DateTimeOffset(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);
        var draft = new Consignment { Id = "U-AKTAU", Commodity = "u3o8", Route = route, Departure = departure, Promise = departure.AddDays(365) };
        // Promise: the P80 arrival forecast at departure, as a shipper would quote it.
        var atStart = forecaster.Forecast(ConsignmentStatus.From(draft, [], TrackingWorld.Eurasia, TrackingWorld.Baseline.Planner, out _)!, departure);
        var promise = atStart.Arrivals[(int)(0.8 * atStart.Arrivals.Count)];
        var consignment = draft with { Promise = promise };

        var aktau = route.ToList().IndexOf("KZAAU");
        // It reaches Aktau on time: at the median of the model's time from the mine to Aktau.
        var toAktau = PlannedPath.Of(TrackingWorld.Eurasia.Network, route.Take(aktau + 1).ToArray(), out _)!;
        var start = sampler.HoursAt(departure);
        var legs = sampler.Arrivals(toAktau, new JourneyPosition(0, false, start), start, 400, 7, consignment.Id);
        Array.Sort(legs);
        var arrived = sampler.TimeAt(Math.Round(EtaForecaster.Quantile(legs, 0.5)));
        var events = new List<TrackingEvent>
        {
            TrackingWorld.Actual("e1", consignment.Id, Milestone.Departed, route[0], departure),
            TrackingWorld.Actual("e2", consignment.Id, Milestone.Arrived, "KZAAU", arrived),
        };
        var status0 = ConsignmentStatus.From(consignment, events, TrackingWorld.Eurasia, TrackingWorld.Baseline.Planner, out _)!;
        Assert.Equal(PositionState.AtNode, status0.State);
        Assert.Equal(aktau, status0.Index);
        var stays = sampler.Stays(status0.Plan, aktau, sampler.HoursAt(arrived), 1000, 1, consignment.Id);
        Array.Sort(stays);
        var p95 = EtaForecaster.Quantile(stays, 0.95);

        var log = new AlertLog();
        var medians = new List<DateTimeOffset>();
        int? overdueAt = null, atRiskAt = null;
        for (var k = 1; k <= 80; k++)
        {
            var now = arrived.AddHours(12 * k);
            events.Add(TrackingWorld.Actual($"obs{k}", consignment.Id, Milestone.Observed, "KZAAU", now));
            var status = ConsignmentStatus.From(consignment, events, TrackingWorld.Eurasia, TrackingWorld.Baseline.Planner, out _)!;
            Assert.Equal("KZAAU", status.Node);
            Assert.Equal(arrived, status.Since); // the stay began at arrival, whatever was observed since
            var forecast = forecaster.Forecast(status, now);
            medians.Add(forecast.P50);
            var raised = log.Raise(AlertRules.Check(status, forecast, sampler, events, now));
            if (raised.Any(a => a.Kind == AlertKind.OverdueDwell))
            {
                overdueAt = k;
                Assert.True(12.0 * k > p95, "overdue raised before the 95th percentile stay");
                Assert.True(12.0 * (k - 1) <= p95, "overdue raised later than the first check past the 95th percentile stay");
            }
            if (raised.Any(a => a.Kind == AlertKind.AtRisk))
            {
                atRiskAt = k;
                Assert.True(forecast.P50 > promise);
                Assert.True(k == 1 || medians[^2] <= promise, "at risk raised later than the first check past the promise");
            }
        }
        output.WriteLine($"P95 stay at Aktau {p95:0} h; overdue at check {overdueAt} ({12 * overdueAt} h), at risk at check {atRiskAt} ({12 * atRiskAt} h); promise {promise:u}");
        output.WriteLine($"P50: {string.Join(", ", medians.Where((_, i) => i % 8 == 0).Select(m => m.ToString("MM-dd HH:mm")))}");
        Assert.NotNull(overdueAt);
        Assert.NotNull(atRiskAt);
        Assert.True(medians[0] <= promise, "on time when it reached Aktau");
        Assert.Single(log.Raised, a => a.Kind == AlertKind.OverdueDwell);
        Assert.Single(log.Raised, a => a.Kind == AlertKind.AtRisk);
        // The median moves later as the stall lengthens: later at every check once the stay is overdue, and by at least the stall.
        for (var i = overdueAt!.Value; i < medians.Count; i++)
            Assert.True(medians[i] >= medians[i - 1], $"P50 moved earlier at check {i + 1}");
        Assert.True(medians[^1] - medians[overdueAt.Value - 1] >= TimeSpan.FromHours(12 * (medians.Count - overdueAt.Value)) * 0.9);
    }
}
