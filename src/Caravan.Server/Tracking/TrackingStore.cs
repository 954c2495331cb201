using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Scenarios;
using Caravan.Core.Simulation;
using Caravan.Core.Tracking;
using Caravan.Questions.Tracking;
using Caravan.Storage;

namespace Caravan.Server.Tracking;

/// <summary>
/// Tracking on a <see cref="CaravanStore"/>, for the server and the command line alike: loads the
/// consignments, events and alerts into a <see cref="TrackingDesk"/>, and writes back what an ingest or
/// an alert check added. Scenarios are the dataset's catalog by name.
/// </summary>
public sealed class TrackingStore(CaravanStore store, Dataset dataset, ScenarioCatalog catalog, TimeProvider clock)
{
    /// <summary>A desk holding everything stored; forecasts with <paramref name="replications"/> and <paramref name="seed"/>.</summary>
    public async Task<TrackingDesk> LoadAsync(int replications = 1000, ulong seed = 1, CancellationToken cancellationToken = default)
    {
        var consignments = (await store.ConsignmentsAsync(cancellationToken)).Select(r => TrackingJson.ReadConsignment(r.Body)).ToList();
        var commodities = consignments.Select(c => c.Commodity).Distinct(StringComparer.Ordinal).ToArray();
        var desk = new TrackingDesk(dataset, scenario => Compile(scenario, commodities), clock, replications: replications, seed: seed);
        foreach (var c in consignments)
            desk.Register(c);
        foreach (var row in await store.EventsAsync(cancellationToken))
            desk.Log.Restore(TrackingJson.ReadEvent(row.Body));
        foreach (var a in await store.AlertsAsync(cancellationToken: cancellationToken))
        {
            if (SnakeCase.TryParse<AlertKind>(a.Kind, out var kind))
                desk.Alerts.Restore(new Alert(a.Consignment, kind, a.Subject, a.RaisedAt, a.Reason));
        }
        return desk;
    }

    /// <summary>Registers <paramref name="consignments"/> on a desk and stores them; the problem of each one refused, by index.</summary>
    public async Task<IReadOnlyList<(int Index, string Problem)>> RegisterAsync(IReadOnlyList<Consignment> consignments, CancellationToken cancellationToken = default)
    {
        var desk = await LoadAsync(10, 1, cancellationToken);
        var problems = new List<(int, string)>();
        for (var i = 0; i < consignments.Count; i++)
        {
            if (desk.Register(consignments[i]) is { } problem)
                problems.Add((i, problem));
        }
        if (problems.Count > 0)
            return problems;
        foreach (var c in consignments)
            await store.SaveConsignmentAsync(c.Id, TrackingJson.Write(c), cancellationToken);
        return problems;
    }

    /// <summary>Reads <paramref name="text"/> in its format, ingests it and stores the events it accepted.</summary>
    public async Task<(EventFormat Format, IngestResult Result)> IngestAsync(string text, string file, EventFormat? format, CancellationToken cancellationToken = default)
    {
        var desk = await LoadAsync(10, 1, cancellationToken);
        var detected = format ?? EventReader.Detect(text);
        var before = desk.Log.Events.Count;
        var result = desk.Log.Ingest(EventReader.Read(text, file, detected), file, cancellationToken);
        var added = desk.Log.Events.Skip(before)
            .Select(e => (e.Retraction ? "retraction:" + e.EventId : e.EventId, SnakeCase.Name(e.Format), e.Time, e.Retraction, TrackingJson.Write(e)))
            .ToArray();
        await store.AddEventsAsync(added, cancellationToken);
        return (detected, result);
    }

    /// <summary>Checks the alert rules of every consignment (or one) now; stores and returns the new alerts.</summary>
    public async Task<(TrackingDesk Desk, IReadOnlyList<Alert> Raised)> CheckAlertsAsync(string? consignment, int replications, ulong seed,
        CancellationToken cancellationToken = default)
    {
        var desk = await LoadAsync(replications, seed, cancellationToken);
        var raised = new List<Alert>();
        foreach (var c in desk.Consignments.Where(c => consignment is null || c.Id == consignment).OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            foreach (var alert in desk.CheckAlerts(c, cancellationToken))
            {
                await store.AddAlertAsync(new StoredAlert(alert.Consignment, SnakeCase.Name(alert.Kind), alert.Subject, alert.RaisedAt, alert.Reason), cancellationToken);
                raised.Add(alert);
            }
        }
        return (desk, raised);
    }

    private SimulationModel? Compile(string scenario, string[] commodities)
    {
        var options = new SimulationOptions { Replications = 1, Commodities = commodities };
        if (Scenario.IsBaseline(scenario))
            return SimulationModel.Compile(dataset, options);
        if (catalog.Find(scenario) is not { } found)
            return null;
        return SimulationModel.Compile(ScenarioApplier.Apply(dataset, [found]), options, scenario: scenario);
    }
}
