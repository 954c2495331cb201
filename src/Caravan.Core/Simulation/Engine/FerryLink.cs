namespace Caravan.Core.Simulation;

/// <summary>
/// A ferry in the Caspian manner: it sails when the cargo waiting fills a sailing, or when the first
/// lot waiting has waited the maximum (the headway), whichever comes first; during a closure it
/// stays in port and sails at reopening. With a capacity, each lot first passes the
/// <see cref="CapacityGate"/> of the fleet, which carries the background freight too.
/// </summary>
internal sealed class FerryLink(ReplicationContext context, ClosureCalendar calendar, ArcSpec spec)
    : Station(context, calendar, spec.Key)
{
    private const int Timeout = 0;
    private const int Arrived = 1;
    private const int Reopen = 2;
    private const int GateCleared = 3;
    private double _waitingTonnes;
    private int _timerGeneration;
    private bool _reopenScheduled;
    private long _sailingNumber;

    public ArcSpec Spec { get; } = spec;

    public override void Accept(int lot)
    {
        Arrive(lot);
        if (!WaitAtGate(lot, GateCleared))
            Board(lot);
    }

    // The lot is on the quay, past the fleet's other cargo: it waits for a sailing.
    private void Board(int lot)
    {
        Enqueue(lot);
        _waitingTonnes += Context.Lots[lot].Tonnes;
        if (_waitingTonnes >= Spec.SailingCapacityAt(Context.Now))
            TrySail();
        else if (WaitingCount == 1)
            Context.Scheduler.After(Spec.HeadwayHours, this, Timeout, ++_timerGeneration);
    }

    public override void Handle(int kind, int payload)
    {
        switch (kind)
        {
            case Arrived:
                Depart(payload, Spec.CostUsdPerTonne);
                break;
            case Timeout when payload == _timerGeneration:
                TrySail();
                break;
            case Reopen:
                _reopenScheduled = false;
                TrySail();
                break;
            case GateCleared:
                LeaveGate();
                Board(payload);
                break;
        }
    }

    private void TrySail()
    {
        if (WaitingCount == 0)
            return;
        var open = Calendar.OpenAt(Context.Now);
        if (open > Context.Now)
        {
            if (!_reopenScheduled)
            {
                _reopenScheduled = true;
                Context.Scheduler.At(open, this, Reopen);
            }
            return;
        }
        var transit = Spec.Transit.Quantile(Context.Uniform((ulong)_sailingNumber++, Key));
        var load = 0.0;
        var capacity = Spec.SailingCapacityAt(Context.Now);
        while (WaitingCount > 0)
        {
            var tonnes = Context.Lots[PeekWaiting()].Tonnes;
            if (load > 0 && load + tonnes > capacity)
                break;
            var lot = Dequeue();
            load += tonnes;
            _waitingTonnes -= tonnes;
            Start(lot);
            Context.Scheduler.After(transit, this, Arrived, lot);
        }
        if (Context.Observing)
        {
            _counters.Sailings++;
            _counters.SailingCapacityTonnes += capacity;
        }
        _timerGeneration++;
        if (WaitingCount == 0)
        {
            _waitingTonnes = 0;
            return;
        }
        if (_waitingTonnes >= capacity)
        {
            TrySail();
            return;
        }
        // The next sailing waits for the oldest lot left behind, which has been waiting since it arrived.
        var due = Math.Max(Context.Now, Context.Lots[PeekWaiting()].EnteredHours + Spec.HeadwayHours);
        Context.Scheduler.At(due, this, Timeout, _timerGeneration);
    }
}
