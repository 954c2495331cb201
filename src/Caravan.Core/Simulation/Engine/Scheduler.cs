namespace Caravan.Core.Simulation;

/// <summary>
/// The event kernel: one priority queue of timestamped events, run in time order (ties in the order
/// they were scheduled). Handlers schedule further events; the kernel knows nothing of the model.
/// </summary>
public sealed class Scheduler
{
    private readonly PriorityQueue<(IEventHandler Handler, int Kind, int Payload), EventTime> _queue = new();
    private long _sequence;

    /// <summary>Current simulated time, hours.</summary>
    public double Now { get; private set; }

    /// <summary>Events handled since the last <see cref="Reset"/>.</summary>
    public long EventsHandled { get; private set; }

    /// <summary>Events waiting.</summary>
    public int Pending => _queue.Count;

    /// <summary>Schedules an event at absolute time <paramref name="hours"/> (not before now).</summary>
    public void At(double hours, IEventHandler handler, int kind = 0, int payload = 0)
    {
        if (!(hours >= Now))
            throw new ArgumentOutOfRangeException(nameof(hours), hours, $"Cannot schedule before now ({Now} h).");
        _queue.Enqueue((handler, kind, payload), new EventTime(hours, _sequence++));
    }

    /// <summary>Schedules an event <paramref name="delayHours"/> (≥ 0) from now.</summary>
    public void After(double delayHours, IEventHandler handler, int kind = 0, int payload = 0) =>
        At(Now + delayHours, handler, kind, payload);

    /// <summary>
    /// Handles events in order until none is left at or before <paramref name="untilHours"/>; the clock
    /// then stands there. Every 1,024 events it checks <paramref name="cancellationToken"/> (a cancel acts
    /// within milliseconds, not at the end of the replication), and it stops with a
    /// <see cref="SimulationLimitException"/> past <paramref name="maxEvents"/>.
    /// </summary>
    public void Run(double untilHours, long maxEvents = long.MaxValue, CancellationToken cancellationToken = default)
    {
        while (_queue.TryPeek(out var e, out var time) && time.Hours <= untilHours)
        {
            if ((EventsHandled & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (EventsHandled >= maxEvents)
                    throw new SimulationLimitException(
                        $"a replication handled more than {maxEvents:N0} events, the limit that bounds its time; use larger lots (lotTonnes), a shorter horizon or fewer commodities");
            }
            _queue.Dequeue();
            Now = time.Hours;
            EventsHandled++;
            e.Handler.Handle(e.Kind, e.Payload);
        }
        Now = Math.Max(Now, untilHours);
    }

    /// <summary>Empties the queue and sets the clock to zero, keeping the queue's memory for the next replication.</summary>
    public void Reset()
    {
        _queue.Clear();
        _sequence = 0;
        Now = 0;
        EventsHandled = 0;
    }
}
