namespace Caravan.Core.Simulation;

/// <summary>
/// A resource lots pass through — a node's servers or an arc's transport — with its closures and
/// counters. It takes a lot with <see cref="Accept"/> and hands it back to the <see cref="LotRouter"/>
/// when done; everything in between is its own events.
/// </summary>
internal abstract class Station : IEventHandler
{
    private readonly Queue<int> _waiting = new();
    protected ResourceCounters _counters;

    protected Station(ReplicationContext context, ClosureCalendar calendar, ulong key)
    {
        Context = context;
        Calendar = calendar;
        Key = key;
    }

    public ReplicationContext Context { get; }

    public ClosureCalendar Calendar { get; }

    public ulong Key { get; }

    public LotRouter Router { get; set; } = null!;

    /// <summary>Queue length over time (replication 0 only, for plots).</summary>
    public List<(double Hours, int Queue)>? Trace { get; set; }

    public ref ResourceCounters Counters => ref _counters;

    /// <summary>The capacity shared with the background freight, or null (no capacity, or a kind without one).</summary>
    public CapacityGate? Gate { get; set; }

    protected int WaitingCount => _waiting.Count;

    private int _atGate;

    protected int PeekWaiting() => _waiting.Peek();

    public abstract void Accept(int lot);

    public abstract void Handle(int kind, int payload);

    /// <summary>Closes the books at the horizon.</summary>
    public void Finish(double horizonHours)
    {
        Gate?.Finish(horizonHours, Context.WarmupHours);
        _counters.Queue.Advance(horizonHours, Context.WarmupHours);
        _counters.Busy.Advance(horizonHours, Context.WarmupHours);
        _counters.InSystem.Advance(horizonHours, Context.WarmupHours);
    }

    protected void Arrive(int lot)
    {
        ref var l = ref Context.Lots[lot];
        l.EnteredHours = Context.Now;
        if (Context.Observing)
            _counters.Arrivals++;
        _counters.InSystem.Change(Context.Now, 1, Context.WarmupHours);
    }

    protected void Enqueue(int lot)
    {
        _waiting.Enqueue(lot);
        _counters.Queue.Change(Context.Now, 1, Context.WarmupHours);
        Trace?.Add((Context.Now, _waiting.Count + _atGate));
    }

    protected int Dequeue()
    {
        var lot = _waiting.Dequeue();
        _counters.Queue.Change(Context.Now, -1, Context.WarmupHours);
        Trace?.Add((Context.Now, _waiting.Count + _atGate));
        return lot;
    }

    /// <summary>
    /// Passes the lot through the <see cref="Gate"/>: false when it clears at once (or there is no gate);
    /// true when it waits in the queue for the work ahead of it, and the station hears
    /// <paramref name="clearedKind"/> with the lot when it clears (then call <see cref="LeaveGate"/>).
    /// </summary>
    protected bool WaitAtGate(int lot, int clearedKind)
    {
        if (Gate is null)
            return false;
        ref var l = ref Context.Lots[lot];
        var clears = Gate.Pass(Context.Now, l.Source, l.Tonnes, Context.WarmupHours);
        if (clears <= Context.Now)
            return false;
        _atGate++;
        _counters.Queue.Change(Context.Now, 1, Context.WarmupHours);
        Trace?.Add((Context.Now, _waiting.Count + _atGate));
        Context.Scheduler.At(clears, this, clearedKind, lot);
        return true;
    }

    /// <summary>A lot that waited at the gate has cleared it.</summary>
    protected void LeaveGate()
    {
        _atGate--;
        _counters.Queue.Change(Context.Now, -1, Context.WarmupHours);
    }

    /// <summary>Service (or boarding) starts: the wait ends, the lot becomes busy.</summary>
    protected void Start(int lot)
    {
        ref var l = ref Context.Lots[lot];
        if (l.EnteredHours >= Context.WarmupHours)
        {
            _counters.Started++;
            _counters.WaitHours += Context.Now - l.EnteredHours;
        }
        _counters.Busy.Change(Context.Now, 1, Context.WarmupHours);
    }

    /// <summary>The lot leaves: counted, charged <paramref name="costUsdPerTonne"/>, and handed to the router.</summary>
    protected void Depart(int lot, double costUsdPerTonne)
    {
        ref var l = ref Context.Lots[lot];
        _counters.Busy.Change(Context.Now, -1, Context.WarmupHours);
        _counters.InSystem.Change(Context.Now, -1, Context.WarmupHours);
        if (l.EnteredHours >= Context.WarmupHours)
        {
            _counters.Completed++;
            _counters.SojournHours += Context.Now - l.EnteredHours;
        }
        if (Context.Observing)
            _counters.Tonnes += l.Tonnes;
        l.CostUsd += costUsdPerTonne * l.Tonnes;
        Router.Leave(lot);
    }
}
