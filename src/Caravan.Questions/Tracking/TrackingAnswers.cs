using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Tracking;
using Caravan.Questions.Contracts.Tracking;

namespace Caravan.Questions.Tracking;

/// <summary>Builds tracking's contracts from the core's results, the same for both hosts.</summary>
public static class TrackingAnswers
{
    /// <summary>The answer of one ingest.</summary>
    public static IngestAnswer Ingest(string file, EventFormat format, IngestResult result) =>
        new(file, SnakeCase.Name(format), result.Accepted, result.Rejected, result.Duplicates, result.Retracted, result.Problems.Select(View).ToArray());

    /// <summary>A problem as the contract writes it.</summary>
    public static ProblemView View(Problem p) => new(p.File, p.Line, p.Column, p.Message);

    /// <summary>One consignment's standing and timeline.</summary>
    public static ConsignmentView View(ConsignmentStatus s, IEnumerable<TrackingEvent> events) => new(
        s.Consignment.Id, s.Consignment.Commodity, s.Consignment.Scenario, SnakeCase.Name(s.State), s.Node, s.Since, s.Consignment.Promise,
        s.Plan.NodeIds, s.OriginalPlan.NodeIds, s.Visited,
        s.Deviations.Select(d => new DeviationView(d.EventId, d.Node, d.Time, d.Replanned)).ToArray(), s.CarrierEstimate,
        events.OrderBy(e => e.Time.UtcDateTime).Select(e => new TimelineEntry(e.EventId, SnakeCase.Name(e.Format), e.Time, SnakeCase.Name(e.Classifier),
            SnakeCase.Name(e.Milestone), e.Locode, e.Node, e.Sensors.Select(r => new SensorView(r.Type, r.Value, r.Unit)).ToArray())).ToArray());

    /// <summary>A forecast; the fan at every 5th percentile.</summary>
    public static EtaAnswer Eta(Consignment c, EtaForecast f) => new(
        c.Id, f.MadeAt, c.Scenario, c.Promise, f.P10, f.P50, f.P90, Math.Round(f.OnTimeProbability, 6), f.Calibrated is not null,
        f.Calibrated?.Low, f.Calibrated?.High, f.CalibrationSize, f.CarrierEstimate, f.Replications, f.Seed,
        Enumerable.Range(1, 19).Select(k => f.Arrivals[Math.Min(f.Arrivals.Count - 1, (int)(k * 0.05 * f.Arrivals.Count))]).ToArray());

    /// <summary>An alert as the contract writes it.</summary>
    public static AlertView View(Alert a) => new(a.Consignment, SnakeCase.Name(a.Kind), a.Subject, a.RaisedAt, a.Reason);
}
