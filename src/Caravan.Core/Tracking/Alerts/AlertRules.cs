using Caravan.Core.Simulation;

namespace Caravan.Core.Tracking;

/// <summary>
/// The checks behind each alert, on a status and its forecast: off route (each deviation), at risk
/// (P50 past the promise), late (P10 past it), overdue dwell (the stay at the current node longer than
/// the simulator's 95th percentile stay there), a scenario closure in force on the rest of the route
/// before the P90 arrival, and a sensor reading outside the consignment's limits.
/// </summary>
public static class AlertRules
{
    /// <summary>Every alert that holds now; <see cref="AlertLog"/> keeps the ones already raised from repeating.</summary>
    public static IEnumerable<Alert> Check(ConsignmentStatus status, EtaForecast? forecast, JourneySampler sampler, IEnumerable<TrackingEvent> events,
        DateTimeOffset now, int replications = 1000, ulong seed = 1)
    {
        var id = status.Consignment.Id;
        foreach (var d in status.Deviations)
        {
            var plan = d.Replanned is { } r ? $"re-planned {string.Join(" → ", r)}" : "no route from there to the destination";
            yield return new Alert(id, AlertKind.OffRoute, d.EventId, now, $"actual event at {d.Node}, which is not on the plan; {plan}");
        }
        var promise = status.Consignment.Promise;
        if (forecast is not null && status.State != PositionState.Delivered)
        {
            if (forecast.P50 > promise)
                yield return new Alert(id, AlertKind.AtRisk, "promise", now, $"median ETA {forecast.P50:u} is past the promise {promise:u}; P(on time) {forecast.OnTimeProbability:P0}");
            if (forecast.P10 > promise)
                yield return new Alert(id, AlertKind.Late, "promise", now, $"even the 10th percentile ETA {forecast.P10:u} is past the promise {promise:u}");
        }
        if (status.State == PositionState.AtNode)
        {
            var arrival = sampler.HoursAt(status.Since);
            var stays = sampler.Stays(status.Plan, status.Index, arrival, replications, seed, id);
            Array.Sort(stays);
            var p95 = EtaForecaster.Quantile(stays, 0.95);
            var stayed = (now - status.Since).TotalHours;
            if (stayed > p95)
                yield return new Alert(id, AlertKind.OverdueDwell, status.Node, now,
                    $"at {status.Node} for {stayed:0} h, beyond the simulator's 95th percentile stay of {p95:0} h there");
        }
        if (status.State != PositionState.Delivered)
        {
            foreach (var alert in Closures(status, forecast, sampler, now))
                yield return alert;
        }
        foreach (var e in events.Where(e => e.Classifier == EventClassifier.Actual))
        {
            foreach (var reading in e.Sensors)
            {
                var limit = status.Consignment.SensorLimits.FirstOrDefault(l => l.Kind == reading.Kind);
                if (limit is null || (reading.Value >= (limit.Min ?? double.NegativeInfinity) && reading.Value <= (limit.Max ?? double.PositiveInfinity)))
                    continue;
                yield return new Alert(id, AlertKind.SensorOutOfLimits, e.EventId + "/" + reading.Kind, now,
                    $"{reading.Kind} {reading.Value} {reading.Unit} at {e.Node ?? e.Locode ?? "?"} ({e.Time:u}) is outside [{limit.Min?.ToString() ?? "−∞"}, {limit.Max?.ToString() ?? "∞"}]");
            }
        }
    }

    private static IEnumerable<Alert> Closures(ConsignmentStatus status, EtaForecast? forecast, JourneySampler sampler, DateTimeOffset now)
    {
        var model = sampler.Model;
        var network = model.Dataset.Network;
        var from = sampler.HoursAt(now);
        var until = forecast is null ? from + 24 * 60 : sampler.HoursAt(forecast.P90);
        var remaining = new HashSet<int>();
        for (var i = status.Index; i < status.Plan.Arcs.Count; i++)
        {
            foreach (var c in model.LinkClosers[network.ArcLink[status.Plan.Arcs[i]]])
                remaining.Add(c);
            remaining.Add(status.Plan.Nodes[i + 1]);
        }
        foreach (var c in remaining.Order())
        {
            var spec = model.Closables[c];
            foreach (var (start, end) in spec.Fixed)
            {
                if (end <= from || start >= until)
                    continue;
                yield return new Alert(status.Consignment.Id, AlertKind.ClosureAhead, spec.Id, now,
                    $"{spec.Id} is closed by the scenario from {sampler.TimeAt(start):u} to {sampler.TimeAt(end):u}, on the rest of the route");
                break;
            }
        }
    }
}
