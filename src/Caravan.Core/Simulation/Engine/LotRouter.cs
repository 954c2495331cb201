namespace Caravan.Core.Simulation;

/// <summary>
/// Moves lots from resource to resource along their routes, re-plans a route when a closure ahead
/// will outlast the threshold, and delivers lots to their demand's stock.
/// </summary>
internal sealed class LotRouter
{
    private readonly SimulationModel _model;
    private readonly ReplicationContext _context;
    private readonly Station[] _nodes;
    private readonly Station[] _arcs;
    private readonly ClosureCalendar[] _linkCalendars;
    private readonly DemandStock[] _stocks;
    private readonly ReplicationTally _tally;

    public LotRouter(SimulationModel model, ReplicationContext context, Station[] nodes, Station[] arcs,
        ClosureCalendar[] linkCalendars, DemandStock[] stocks, ReplicationTally tally)
    {
        _model = model;
        _context = context;
        _nodes = nodes;
        _arcs = arcs;
        _linkCalendars = linkCalendars;
        _stocks = stocks;
        _tally = tally;
    }

    /// <summary>Closures running now with more than the re-route threshold left; while zero, no lot looks ahead.</summary>
    public int LongClosuresActive { get; set; }

    public long Reroutes { get; private set; }

    public void Start(int lot)
    {
        ref var l = ref _context.Lots[lot];
        l.Stage = 0;
        _nodes[NodeAt(l.Route, 0, _model.Sources[l.Source].Node)].Accept(lot);
    }

    /// <summary>The lot has finished with its current resource; send it on.</summary>
    public void Leave(int lot)
    {
        ref var l = ref _context.Lots[lot];
        l.Stage++;
        if (l.Stage == 2 * l.Route.Length + 1)
        {
            Deliver(lot);
            return;
        }
        if ((l.Stage & 1) == 1)
        {
            if (LongClosuresActive > 0)
                ConsiderReroute(lot);
            _arcs[l.Route[l.Stage >> 1]].Accept(lot);
        }
        else
        {
            _nodes[_model.Dataset.Network.ArcHead[l.Route[(l.Stage >> 1) - 1]]].Accept(lot);
        }
    }

    private int NodeAt(int[] route, int position, int origin) =>
        position == 0 ? origin : _model.Dataset.Network.ArcHead[route[position - 1]];

    private void Deliver(int lot)
    {
        ref var l = ref _context.Lots[lot];
        l.Delivered = true;
        _stocks[l.Demand].Deliver(_context.Now, l.Tonnes);
        if (_context.Observing)
            _tally.Arrived[l.Od] += l.Tonnes;
        if (l.CreatedHours >= _context.WarmupHours)
            _tally.Delivered(l.Od, l.Tonnes, _context.Now - l.CreatedHours, l.CostUsd);
    }

    private void ConsiderReroute(int lot)
    {
        ref var l = ref _context.Lots[lot];
        var now = _context.Now;
        var net = _model.Dataset.Network;
        var threshold = _model.Options.RerouteThresholdHours;
        // Expected remaining hours on the current route, counting the closures' remaining time.
        var remaining = 0.0;
        var blockedAhead = false;
        for (var i = l.Stage >> 1; i < l.Route.Length; i++)
        {
            var arc = l.Route[i];
            var head = net.ArcHead[arc];
            var delay = Math.Max(_linkCalendars[net.ArcLink[arc]].OpenAt(now), _nodes[head].Calendar.OpenAt(now)) - now;
            blockedAhead |= delay > threshold;
            remaining += delay + _model.Arcs[arc].PlannedHours + _model.Nodes[head].PlannedHours;
        }
        if (!blockedAhead)
            return;
        var blockedNodes = new bool[net.Nodes.Length];
        var blockedLinks = new bool[net.Links.Length];
        for (var n = 0; n < blockedNodes.Length; n++)
            blockedNodes[n] = _nodes[n].Calendar.OpenAt(now) - now > threshold;
        for (var k = 0; k < blockedLinks.Length; k++)
            blockedLinks[k] = _linkCalendars[k].OpenAt(now) - now > threshold;
        var here = net.ArcTail[l.Route[l.Stage >> 1]];
        blockedNodes[here] = false;
        var destination = _model.Demands[l.Demand].NodeIndex;
        var commodity = _model.Sources[l.Source].Commodity;
        var alternative = _model.Planner.FindRoute(here, destination, commodity, blockedNodes, blockedLinks);
        // Timed as the simulator runs it, without the handling of the node the lot is leaving (done already).
        if (alternative is null || alternative.Arcs.Length == 0
            || _model.ExpectedHours(here, alternative.Arcs) - _model.Nodes[here].PlannedHours >= remaining)
            return;
        l.Route = alternative.Arcs;
        l.Stage = 1;
        Reroutes++;
    }
}
