namespace Caravan.Core.Simulation;

/// <summary>An arc with continuous service: a lot leaves as soon as the link is open and travels for its own sampled transit time.</summary>
internal sealed class TransitLink(ReplicationContext context, ClosureCalendar calendar, ArcSpec spec)
    : Station(context, calendar, spec.Key)
{
    private const int Arrived = 0;
    private const int Reopen = 1;
    private bool _reopenScheduled;

    public ArcSpec Spec { get; } = spec;

    public override void Accept(int lot)
    {
        Arrive(lot);
        Enqueue(lot);
        Release();
    }

    public override void Handle(int kind, int payload)
    {
        if (kind == Arrived)
        {
            Depart(payload, Spec.CostUsdPerTonne);
        }
        else
        {
            _reopenScheduled = false;
            Release();
        }
    }

    private void Release()
    {
        var open = Calendar.OpenAt(Context.Now);
        if (open > Context.Now)
        {
            if (!_reopenScheduled && WaitingCount > 0)
            {
                _reopenScheduled = true;
                Context.Scheduler.At(open, this, Reopen);
            }
            return;
        }
        while (WaitingCount > 0)
        {
            var lot = Dequeue();
            Start(lot);
            var transit = Spec.Transit.Quantile(Context.Uniform(Context.Lots[lot].Key, Key));
            Context.Scheduler.After(transit, this, Arrived, lot);
        }
    }
}
