namespace Caravan.Core.Simulation;

/// <summary>
/// An arc with fixed departures at k × headway (k = 0, 1, …) and a capacity per sailing. Lots board
/// first come, first served; a sailing that falls in a closure is cancelled. All lots of a sailing
/// share one transit time, drawn per sailing slot so scenarios see the same voyages.
/// </summary>
internal sealed class ScheduledLink(ReplicationContext context, ClosureCalendar calendar, ArcSpec spec)
    : Station(context, calendar, spec.Key)
{
    private const int Sail = 0;
    private const int Arrived = 1;
    private bool _sailingScheduled;

    public ArcSpec Spec { get; } = spec;

    public override void Accept(int lot)
    {
        Arrive(lot);
        Enqueue(lot);
        ScheduleSailing(strictlyAfterNow: false);
    }

    public override void Handle(int kind, int payload)
    {
        if (kind == Arrived)
        {
            Depart(payload, Spec.CostUsdPerTonne);
            return;
        }
        _sailingScheduled = false;
        if (Calendar.OpenAt(Context.Now) <= Context.Now)
            Load();
        ScheduleSailing(strictlyAfterNow: true);
    }

    private void Load()
    {
        var slot = (long)Math.Round(Context.Now / Spec.HeadwayHours);
        var transit = Spec.Transit.Quantile(Context.Uniform((ulong)slot, Key));
        var load = 0.0;
        var capacity = Spec.SailingCapacityAt(Context.Now);
        while (WaitingCount > 0)
        {
            var tonnes = Context.Lots[PeekWaiting()].Tonnes;
            // A lot bigger than a whole sailing still goes, alone, rather than block the quay forever.
            if (load > 0 && load + tonnes > capacity)
                break;
            var lot = Dequeue();
            load += tonnes;
            Start(lot);
            Context.Scheduler.After(transit, this, Arrived, lot);
        }
        if (Context.Observing)
        {
            _counters.Sailings++;
            _counters.SailingCapacityTonnes += capacity;
        }
    }

    private void ScheduleSailing(bool strictlyAfterNow)
    {
        if (_sailingScheduled || WaitingCount == 0)
            return;
        var h = Spec.HeadwayHours;
        var k = Math.Ceiling(Context.Now / h);
        if (strictlyAfterNow && k * h <= Context.Now)
            k++;
        _sailingScheduled = true;
        Context.Scheduler.At(Math.Max(k * h, Context.Now), this, Sail);
    }
}
