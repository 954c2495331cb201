namespace Caravan.Core.Simulation;

/// <summary>
/// One replication of a <see cref="GateSpec"/>: a single FIFO server working at the element's
/// capacity, open when the element is open. It tracks the server's unfinished work (Lindley's
/// recursion) instead of scheduling events: background arrivals are drawn lazily, only up to the time
/// a lot arrives, and add their work; the work drains while the element is open. A lot that arrives
/// adds its own work and clears the gate when the work ahead of it and its own are done. So the
/// background costs arithmetic, not events, and when lots and background together ask for more than
/// the capacity the work, and every lot's wait, grows without bound.
/// </summary>
internal sealed class CapacityGate
{
    private readonly GateSpec _spec;
    private readonly ClosureCalendar _calendar;
    private readonly Xoshiro256StarStar _arrivals;
    private readonly double _meanGapHours;
    private double _clock;
    private double _workHours;
    private double _nextArrival;
    private readonly double[] _workPerTonne;
    private int _cursor;

    public CapacityGate(GateSpec spec, ClosureCalendar calendar, Xoshiro256StarStar arrivals, double[] workHoursPerTonneBySource)
    {
        _spec = spec;
        _workPerTonne = workHoursPerTonneBySource;
        _calendar = calendar;
        _arrivals = arrivals;
        _meanGapHours = spec.BackgroundArrivalsPerHour > 0 ? 1 / spec.BackgroundArrivalsPerHour : double.PositiveInfinity;
        _nextArrival = double.IsFinite(_meanGapHours) ? _arrivals.NextExponential(_meanGapHours) : double.PositiveInfinity;
    }

    /// <summary>Hours of work brought after the warm-up, background and lots: over the hours observed, the capacity's utilisation.</summary>
    public double ObservedWorkHours { get; private set; }

    /// <summary>
    /// A lot of <paramref name="tonnes"/> from source <paramref name="source"/> arrives at
    /// <paramref name="now"/> (never earlier than the previous call); returns when it clears the gate.
    /// </summary>
    public double Pass(double now, int source, double tonnes, double warmupHours)
    {
        Advance(now, warmupHours);
        var work = tonnes * _workPerTonne[source];
        _workHours += work;
        if (now >= warmupHours)
            ObservedWorkHours += work;
        return AfterOpenHours(now, _workHours);
    }

    /// <summary>Brings the background up to the horizon, so that utilisation counts all of it.</summary>
    public void Finish(double horizonHours, double warmupHours) => Advance(horizonHours, warmupHours);

    private void Advance(double to, double warmupHours)
    {
        while (_nextArrival <= to)
        {
            Drain(_nextArrival);
            _workHours += _spec.BackgroundWorkHours;
            if (_nextArrival >= warmupHours)
                ObservedWorkHours += _spec.BackgroundWorkHours;
            _nextArrival += _arrivals.NextExponential(_meanGapHours);
        }
        Drain(to);
    }

    private void Drain(double to)
    {
        if (to <= _clock)
            return;
        _workHours = Math.Max(0, _workHours - OpenHours(_clock, to));
        _clock = to;
    }

    // Open hours in [from, to]; the windows are merged and sorted, and queries move forward.
    private double OpenHours(double from, double to)
    {
        var windows = _calendar.Windows;
        while (_cursor < windows.Count && windows[_cursor].End <= from)
            _cursor++;
        var open = to - from;
        for (var i = _cursor; i < windows.Count && windows[i].Start < to; i++)
            open -= Math.Min(to, windows[i].End) - Math.Max(from, windows[i].Start);
        return Math.Max(0, open);
    }

    // The time when the element has been open for <paramref name="hours"/> after <paramref name="from"/>.
    private double AfterOpenHours(double from, double hours)
    {
        var windows = _calendar.Windows;
        var t = from;
        for (var i = _cursor; i < windows.Count; i++)
        {
            var (start, end) = windows[i];
            if (end <= t)
                continue;
            if (start > t)
            {
                if (t + hours <= start)
                    return t + hours;
                hours -= start - t;
            }
            t = end;
        }
        return t + hours;
    }
}
