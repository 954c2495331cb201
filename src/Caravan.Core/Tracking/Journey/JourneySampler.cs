using Caravan.Core.Simulation;

namespace Caravan.Core.Tracking;

/// <summary>
/// Samples the rest of one consignment's journey the way the simulator moves a lot: at each node the
/// handling, customs dwell and gauge change of its <see cref="SimulationModel"/> station; on each arc
/// the wait for the next departure (a timetable slot, or up to the ferry's headway) and the transit
/// time; closures of nodes, links and chokepoints drawn per replication from the same streams the
/// simulator uses (<see cref="ClosureDraw"/>), so a scenario's storms reach the ETA. Random numbers
/// are addressed by (seed, replication, consignment, step, resource): common random numbers across
/// scenarios and re-forecasts. Hours count from <see cref="Epoch"/>, 1 January of a year (UTC), as the
/// simulator's seasonal profiles do.
/// </summary>
public sealed class JourneySampler
{
    /// <summary>Draws tried for a stay or transit that must outlast what has already elapsed, before the rest is taken as a fresh draw.</summary>
    private const int ConditionalTries = 64;

    private readonly SimulationModel _model;

    /// <summary>A sampler over <paramref name="model"/> (a dataset and scenario compiled for simulation) with hour 0 at <paramref name="epoch"/>.</summary>
    public JourneySampler(SimulationModel model, DateTimeOffset epoch)
    {
        _model = model;
        Epoch = epoch;
    }

    /// <summary>Hour 0 of the simulation clock.</summary>
    public DateTimeOffset Epoch { get; }

    /// <summary>The compiled dataset and scenario.</summary>
    public SimulationModel Model => _model;

    /// <summary>Hours from <see cref="Epoch"/> to <paramref name="time"/>.</summary>
    public double HoursAt(DateTimeOffset time) => (time - Epoch).TotalHours;

    /// <summary>The instant <paramref name="hours"/> after <see cref="Epoch"/>.</summary>
    public DateTimeOffset TimeAt(double hours) => Epoch + TimeSpan.FromHours(hours);

    /// <summary>
    /// Arrival hours at the path's last node in each of <paramref name="replications"/> replications,
    /// starting from <paramref name="position"/> at hour <paramref name="nowHours"/>. A stay (or transit)
    /// under way is drawn conditional on lasting past now; when even the model's longest stays fall short
    /// (a stall), the rest is taken as a fresh stay from now.
    /// </summary>
    public double[] Arrivals(PlannedPath path, JourneyPosition position, double nowHours, int replications, ulong seed, string consignment,
        CancellationToken cancellationToken = default)
    {
        var streams = new RandomStreams(seed);
        var key = RandomStreams.Key("consignment:" + consignment);
        var only = Relevant(path);
        var horizon = nowHours + 3 * Hours.PerYear;
        var result = new double[replications];
        for (var r = 0; r < replications; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var calendars = ClosureDraw.Draw(_model, streams, r, horizon, only);
            result[r] = Run(path, position, nowHours, streams.Replication(r), key, calendars);
        }
        return result;
    }

    /// <summary>Hours from arrival at node <paramref name="index"/> of the path to departure on its next arc, in each replication: the stay the "overdue" alert measures against.</summary>
    public double[] Stays(PlannedPath path, int index, double arrivalHours, int replications, ulong seed, string consignment)
    {
        var streams = new RandomStreams(seed);
        var key = RandomStreams.Key("consignment:" + consignment);
        var only = Relevant(path);
        var result = new double[replications];
        for (var r = 0; r < replications; r++)
        {
            var calendars = ClosureDraw.Draw(_model, streams, r, arrivalHours + Hours.PerYear, only);
            result[r] = Departure(path, index, arrivalHours, streams.Replication(r), key, calendars, attempt: 0) - arrivalHours;
        }
        return result;
    }

    private double Run(PlannedPath path, JourneyPosition position, double now, ulong root, ulong key, ClosureCalendar[] calendars)
    {
        var last = path.Nodes.Count - 1;
        double t;
        int next;
        if (!position.InTransit)
        {
            if (position.Index >= last)
                return Math.Max(position.SinceHours, now);
            t = Conditional(now, attempt => Departure(path, position.Index, position.SinceHours, root, key, calendars, attempt),
                attempt => Departure(path, position.Index, now, root, key, calendars, attempt));
            t = Travel(path, position.Index, t, root, key, calendars, now);
            next = position.Index + 1;
        }
        else
        {
            t = Travel(path, position.Index, position.SinceHours, root, key, calendars, now);
            next = position.Index + 1;
        }
        for (var i = next; i < last; i++)
        {
            t = Departure(path, i, t, root, key, calendars, attempt: 0);
            t = Travel(path, i, t, root, key, calendars, null);
        }
        return t;
    }

    /// <summary>A draw that must end after <paramref name="now"/>: retried with fresh numbers, else restarted from now.</summary>
    private static double Conditional(double now, Func<int, double> draw, Func<int, double> fresh)
    {
        for (var attempt = 0; attempt < ConditionalTries; attempt++)
        {
            var end = draw(attempt);
            if (end > now)
                return end;
        }
        return fresh(ConditionalTries);
    }

    /// <summary>When the consignment, arrived at path node <paramref name="index"/> at <paramref name="arrival"/>, leaves on the next arc.</summary>
    private double Departure(PlannedPath path, int index, double arrival, ulong root, ulong key, ClosureCalendar[] calendars, int attempt)
    {
        var node = path.Nodes[index];
        var spec = _model.Nodes[node];
        var step = Step(key, index, attempt);
        var start = calendars[node].OpenAt(arrival);
        var service = spec.Handling.Quantile(RandomStreams.Uniform(root, step, spec.Key))
            + spec.Dwell.Quantile(RandomStreams.Uniform(root, step, spec.Key ^ DwellSalt)) + spec.ExtraHours;
        var ready = start + service;
        var arc = path.Arcs[index];
        var arcSpec = _model.Arcs[arc];
        ready = OpenAll(_model.LinkClosers[_model.Dataset.Network.ArcLink[arc]], calendars, ready);
        return arcSpec.Kind switch
        {
            ArcKind.Scheduled => Math.Ceiling(ready / arcSpec.HeadwayHours) * arcSpec.HeadwayHours,
            ArcKind.Ferry => ready + arcSpec.HeadwayHours * RandomStreams.Uniform(root, step, arcSpec.Key ^ WaitSalt),
            _ => ready,
        };
    }

    /// <summary>Arrival at node <paramref name="index"/> + 1 for a departure on arc <paramref name="index"/> at <paramref name="departure"/>; conditional on arriving after <paramref name="now"/> when given.</summary>
    private double Travel(PlannedPath path, int index, double departure, ulong root, ulong key, ClosureCalendar[] calendars, double? now)
    {
        var spec = _model.Arcs[path.Arcs[index]];
        double Draw(double from, int attempt) => from + spec.Transit.Quantile(RandomStreams.Uniform(root, Step(key, index, attempt), spec.Key));
        if (now is not { } n || departure > n)
            return Draw(departure, 0);
        return Conditional(n, attempt => Draw(departure, attempt), attempt => Draw(n, attempt));
    }

    private static double OpenAll(int[] closers, ClosureCalendar[] calendars, double t)
    {
        // Each closer may open into another's window; a few passes settle it.
        for (var pass = 0; pass < 8; pass++)
        {
            var moved = t;
            foreach (var c in closers)
                moved = Math.Max(moved, calendars[c].OpenAt(moved));
            if (moved == t)
                return t;
            t = moved;
        }
        return t;
    }

    private bool[] Relevant(PlannedPath path)
    {
        var only = new bool[_model.Closables.Length];
        foreach (var n in path.Nodes)
            only[n] = true;
        foreach (var a in path.Arcs)
        {
            foreach (var c in _model.LinkClosers[_model.Dataset.Network.ArcLink[a]])
                only[c] = true;
        }
        return only;
    }

    private static ulong Step(ulong key, int index, int attempt) => SplitMix64.Combine(key, ((ulong)(uint)index << 32) | (uint)attempt);

    private const ulong DwellSalt = 0x5DEECE66DUL;
    private const ulong WaitSalt = 0x9E3779B97F4A7C15UL;
}
