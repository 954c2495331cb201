using Caravan.Core.Data;
using Caravan.Core.Simulation;

namespace Caravan.Core.Tracking;

/// <summary>
/// Everything tracking knows at one moment, for a host to ask: the registered consignments, the event
/// log, the alerts raised, and the forecasters (one simulation model per scenario). A host fills it
/// from its store, asks, and stores what changed (new events, new alerts).
/// </summary>
public sealed class TrackingDesk
{
    private readonly Dictionary<string, Consignment> _consignments = new(StringComparer.Ordinal);
    private readonly Func<string, SimulationModel?> _models;
    private readonly Dictionary<string, SimulationModel?> _compiled = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    /// <summary>
    /// A desk over <paramref name="dataset"/>; <paramref name="models"/> compiles the simulation model of
    /// a scenario name (null when it is unknown). Forecasts run <paramref name="replications"/> with <paramref name="seed"/>.
    /// </summary>
    public TrackingDesk(Dataset dataset, Func<string, SimulationModel?> models, TimeProvider clock, IReadOnlyDictionary<string, string>? aliases = null,
        int replications = 1000, ulong seed = 1)
    {
        Dataset = dataset;
        _models = models;
        _clock = clock;
        Replications = replications;
        Seed = seed;
        Log = new EventLog(new LocationMatcher(dataset, aliases), clock);
    }

    /// <summary>The dataset tracked on.</summary>
    public Dataset Dataset { get; }

    /// <summary>The events taken in.</summary>
    public EventLog Log { get; }

    /// <summary>The alerts raised.</summary>
    public AlertLog Alerts { get; } = new();

    /// <summary>Replications per forecast.</summary>
    public int Replications { get; }

    /// <summary>Seed of every forecast.</summary>
    public ulong Seed { get; }

    /// <summary>Consignments by id.</summary>
    public IReadOnlyCollection<Consignment> Consignments => _consignments.Values;

    /// <summary>The consignment with <paramref name="id"/>, or null.</summary>
    public Consignment? Find(string id) => _consignments.GetValueOrDefault(id);

    /// <summary>Registers (or replaces) a consignment; the reason when it does not fit the dataset.</summary>
    public string? Register(Consignment consignment)
    {
        if (Dataset.FindCommodity(consignment.Commodity) is null)
            return $"unknown commodity '{consignment.Commodity}'";
        if (PlannedPath.Of(Dataset.Network, consignment.Route, out var problem) is null)
            return problem;
        if (consignment.Promise <= consignment.Departure)
            return "the promise is before the departure";
        if (ModelFor(consignment.Scenario) is null)
            return $"unknown scenario '{consignment.Scenario}'";
        _consignments[consignment.Id] = consignment;
        return null;
    }

    /// <summary>The events about <paramref name="consignment"/> that stand.</summary>
    public IEnumerable<TrackingEvent> EventsOf(Consignment consignment) => Log.Standing.Where(consignment.Claims);

    /// <summary>The standing of <paramref name="consignment"/> from its events up to <paramref name="asOf"/> (default: all).</summary>
    public ConsignmentStatus Status(Consignment consignment, DateTimeOffset? asOf = null)
    {
        var events = EventsOf(consignment).Where(e => asOf is null || e.Time <= asOf);
        return ConsignmentStatus.From(consignment, events, Dataset, ModelFor(consignment.Scenario)!.Planner, out _)
            ?? throw new InvalidOperationException($"consignment {consignment.Id} was registered with a route that does not fit");
    }

    /// <summary>The sampler under <paramref name="consignment"/>'s scenario, hour 0 at 1 January of its departure year.</summary>
    public JourneySampler SamplerFor(Consignment consignment) =>
        new(ModelFor(consignment.Scenario)!, new DateTimeOffset(consignment.Departure.UtcDateTime.Year, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>The forecast now, calibrated on the consignments that have closed.</summary>
    public EtaForecast Eta(Consignment consignment, CancellationToken cancellationToken = default)
    {
        var forecaster = new EtaForecaster(SamplerFor(consignment), Replications, Seed);
        return forecaster.Forecast(Status(consignment), _clock.GetUtcNow(), Calibration(cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The conformal calibration from closed consignments: for each delivered one, the forecast made
    /// when it left its origin (rebuilt from its events up to then, with the same seed) against its
    /// actual arrival, in delivery order.
    /// </summary>
    public ConformalCalibration Calibration(CancellationToken cancellationToken = default)
    {
        var calibration = new ConformalCalibration();
        var closed = _consignments.Values
            .Select(c => (Consignment: c, Status: Status(c)))
            .Where(x => x.Status.State == PositionState.Delivered)
            .OrderBy(x => x.Status.Since);
        foreach (var (c, status) in closed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var left = EventsOf(c).Where(e => e.Classifier == EventClassifier.Actual && e.Milestone is Milestone.Departed or Milestone.GateOut)
                .Select(e => (DateTimeOffset?)e.Time).Min() ?? c.Departure;
            var sampler = SamplerFor(c);
            var atDeparture = new EtaForecaster(sampler, Replications, Seed).Forecast(Status(c, left), left, null, cancellationToken);
            calibration.Add(sampler.HoursAt(atDeparture.P10), sampler.HoursAt(atDeparture.P90), sampler.HoursAt(status.Since));
        }
        return calibration;
    }

    /// <summary>Checks every rule for <paramref name="consignment"/> now and raises what is new.</summary>
    public IReadOnlyList<Alert> CheckAlerts(Consignment consignment, CancellationToken cancellationToken = default)
    {
        var status = Status(consignment);
        var forecast = status.State == PositionState.Delivered ? null : Eta(consignment, cancellationToken);
        var rules = AlertRules.Check(status, forecast, SamplerFor(consignment), EventsOf(consignment), _clock.GetUtcNow(), Replications, Seed);
        return Alerts.Raise(rules);
    }

    private SimulationModel? ModelFor(string scenario)
    {
        if (!_compiled.TryGetValue(scenario, out var model))
            _compiled[scenario] = model = _models(scenario);
        return model;
    }
}
