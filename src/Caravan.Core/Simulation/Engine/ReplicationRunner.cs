namespace Caravan.Core.Simulation;

/// <summary>
/// Builds and runs one replication at a time: draws its closures, wires stations, stocks, sources
/// and the router, runs the clock to the horizon and adds what happened to a tally. One runner per
/// thread; it keeps its event queue and lot table between replications.
/// </summary>
internal sealed class ReplicationRunner(SimulationModel model)
{
    private readonly Scheduler _scheduler = new();
    private readonly LotTable _lots = new(model.Options.MaxLotsPerReplication);
    private readonly ReplicationTally _replicationTally = new(model.Ods.Length);

    /// <summary>Queue length over time per resource (nodes, then arcs) of the last replication run with tracing.</summary>
    public List<(double Hours, int Queue)>[]? Traces { get; private set; }

    public void Run(int replication, SimulationTally tally, bool trace = false, CancellationToken cancellationToken = default)
    {
        var options = model.Options;
        var streams = new RandomStreams(options.Seed);
        _scheduler.Reset();
        _lots.Clear();
        _replicationTally.Clear();
        var context = new ReplicationContext(_scheduler, _lots, options.WarmupHours, options.HorizonHours, streams.Replication(replication));

        var closables = ClosureDraw.Draw(model, streams, replication, model.Options.HorizonHours);
        var linkCalendars = model.LinkClosers
            .Select(closers => closers.Length == 1 ? closables[closers[0]] : new ClosureCalendar(closers.SelectMany(c => closables[c].Windows)))
            .ToArray();
        var nodes = new Station[model.Nodes.Length];
        for (var n = 0; n < nodes.Length; n++)
        {
            nodes[n] = new NodeStation(context, closables[n], model.Nodes[n]);
            nodes[n].Gate = Gate(model.Nodes[n].Gate, closables[n], streams, replication);
        }
        var arcs = new Station[model.Arcs.Length];
        for (var a = 0; a < arcs.Length; a++)
        {
            var spec = model.Arcs[a];
            var calendar = linkCalendars[spec.Link];
            arcs[a] = spec.Kind switch
            {
                ArcKind.Ferry => new FerryLink(context, calendar, spec),
                ArcKind.Scheduled => new ScheduledLink(context, calendar, spec),
                _ => new TransitLink(context, calendar, spec),
            };
            arcs[a].Gate = Gate(spec.Gate, calendar, streams, replication);
        }
        var stocks = model.Demands.Select(d => new DemandStock(d, options.WarmupHours)).ToArray();
        var router = new LotRouter(model, context, nodes, arcs, linkCalendars, stocks, _replicationTally);
        foreach (var station in nodes.Concat(arcs))
        {
            station.Router = router;
            if (trace)
                station.Trace = [];
        }
        WatchLongClosures(router, nodes.Select(s => s.Calendar).Concat(linkCalendars), options.RerouteThresholdHours);
        for (var s = 0; s < model.Sources.Length; s++)
        {
            var spec = model.Sources[s];
            new LotSource(context, spec, s, router, streams.Stream(replication, spec.Key), options.Arrivals).Begin();
        }

        _scheduler.Run(options.HorizonHours, options.MaxEventsPerReplication, cancellationToken);

        foreach (var station in nodes.Concat(arcs))
            station.Finish(options.HorizonHours);
        var observed = options.HorizonHours - options.WarmupHours;
        for (var n = 0; n < nodes.Length; n++)
            tally.Resources[n].Add(nodes[n].Counters, observed, nodes[n].Gate?.ObservedWorkHours ?? 0);
        for (var a = 0; a < arcs.Length; a++)
            tally.Resources[nodes.Length + a].Add(arcs[a].Counters, observed, arcs[a].Gate?.ObservedWorkHours ?? 0);
        for (var d = 0; d < stocks.Length; d++)
        {
            stocks[d].Advance(options.HorizonHours);
            tally.StockoutHappened[d].Add(stocks[d].StockoutHours > 0 ? 1 : 0);
            tally.StockoutDays[d].Add(Hours.ToDays(stocks[d].StockoutHours));
        }
        var stranded = new double[model.Ods.Length];
        for (var i = 0; i < _lots.Count; i++)
        {
            ref var lot = ref _lots[i];
            if (!lot.Delivered && options.HorizonHours - lot.CreatedHours > model.Ods[lot.Od].PromisedHours)
                stranded[lot.Od] += lot.Tonnes;
        }
        var leadSum = 0.0;
        var leadCount = 0;
        for (var od = 0; od < model.Ods.Length; od++)
        {
            var leads = _replicationTally.LeadHours[od];
            leadCount += leads.Count;
            foreach (var h in leads)
                leadSum += Hours.ToDays(h);
            tally.Ods[od].AddReplication(leads, _replicationTally.Tonnes[od], _replicationTally.CostUsd[od], model.Ods[od].PromisedHours, stranded[od], _replicationTally.Arrived[od]);
        }
        tally.EndReplication(_scheduler.EventsHandled, router.Reroutes, leadCount > 0 ? leadSum / leadCount : double.NaN);
        if (trace)
            Traces = nodes.Concat(arcs).Select(s => s.Trace!).ToArray();
    }

    // The background arrivals draw from the gate's own stream, so every scenario sees the same trains and calls.
    private CapacityGate? Gate(GateSpec? spec, ClosureCalendar calendar, RandomStreams streams, int replication) =>
        spec is null ? null
            : new CapacityGate(spec, calendar, streams.Stream(replication, spec.Key), model.Sources.Select(s => spec.WorkHours(1, s.Commodity)).ToArray());

    private void WatchLongClosures(LotRouter router, IEnumerable<ClosureCalendar> calendars, double threshold)
    {
        var watch = new ClosureWatch(router);
        foreach (var calendar in calendars)
        {
            foreach (var (start, end) in calendar.Windows)
            {
                if (end - start <= threshold || start > model.Options.HorizonHours)
                    continue;
                _scheduler.At(start, watch, ClosureWatch.Begins);
                _scheduler.At(end - threshold, watch, ClosureWatch.Ends);
            }
        }
    }
}
