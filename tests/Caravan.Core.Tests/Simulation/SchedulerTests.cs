using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Simulation;

public sealed class SchedulerTests
{
    private sealed class Recorder(Scheduler scheduler) : IEventHandler
    {
        public List<(double Time, int Kind, int Payload)> Seen { get; } = [];

        public void Handle(int kind, int payload) => Seen.Add((scheduler.Now, kind, payload));
    }

    [Fact]
    public void Run_EventsOutOfOrder_HandledByTimeThenSchedulingOrder()
    {
        var s = new Scheduler();
        var r = new Recorder(s);
        s.At(5, r, 1);
        s.At(1, r, 2);
        s.At(5, r, 3);
        s.At(3, r, 4);
        s.Run(10);
        Assert.Equal([(1.0, 2, 0), (3.0, 4, 0), (5.0, 1, 0), (5.0, 3, 0)], r.Seen);
        Assert.Equal(10, s.Now);
        Assert.Equal(4, s.EventsHandled);
    }

    [Fact]
    public void Run_EventsAfterHorizon_StayPending()
    {
        var s = new Scheduler();
        var r = new Recorder(s);
        s.At(2, r);
        s.At(20, r);
        s.Run(10);
        Assert.Single(r.Seen);
        Assert.Equal(1, s.Pending);
    }

    [Fact]
    public void At_BeforeNow_Throws()
    {
        var s = new Scheduler();
        var r = new Recorder(s);
        s.At(5, r);
        s.Run(6);
        Assert.Throws<ArgumentOutOfRangeException>(() => s.At(4, r));
    }
}
