namespace Caravan.Core.Simulation;

/// <summary>
/// A node as a c-server FIFO queue (c = int.MaxValue: no queue, only delay). Service time is
/// handling + border dwell + gauge-change time. While the node is closed no service starts;
/// services under way finish. A node with a capacity first passes each lot through its
/// <see cref="CapacityGate"/>, shared with the background freight.
/// </summary>
internal sealed class NodeStation(ReplicationContext context, ClosureCalendar calendar, NodeSpec spec)
    : Station(context, calendar, spec.Key)
{
    private const int ServiceDone = 0;
    private const int Reopen = 1;
    private const int GateCleared = 2;
    private const ulong DwellSalt = 0x5DEECE66DUL;
    private int _busy;
    private bool _reopenScheduled;

    public NodeSpec Spec { get; } = spec;

    public override void Accept(int lot)
    {
        Arrive(lot);
        if (WaitAtGate(lot, GateCleared))
            return;
        Enqueue(lot);
        TryStart();
    }

    public override void Handle(int kind, int payload)
    {
        if (kind == ServiceDone)
        {
            Complete(payload);
        }
        else if (kind == GateCleared)
        {
            LeaveGate();
            Enqueue(payload);
            TryStart();
        }
        else
        {
            _reopenScheduled = false;
            TryStart();
        }
    }

    private void TryStart()
    {
        while (_busy < Spec.Servers && WaitingCount > 0)
        {
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
            var lot = Dequeue();
            _busy++;
            Start(lot);
            var key = Context.Lots[lot].Key;
            var service = Spec.Handling.Quantile(Context.Uniform(key, Key))
                + Spec.Dwell.Quantile(Context.Uniform(key, Key ^ DwellSalt))
                + Spec.ExtraHours;
            if (service > 0)
                Context.Scheduler.After(service, this, ServiceDone, lot);
            else
                Complete(lot);
        }
    }

    private void Complete(int lot)
    {
        _busy--;
        Depart(lot, Spec.CostUsdPerTonne);
        TryStart();
    }
}
