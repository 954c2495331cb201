using System.Diagnostics;
using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Simulation;

/// <summary>A simulation stops on cancel within its event loop, and its lots and events are bounded.</summary>
public sealed class WorkLimitsTests(Xunit.Abstractions.ITestOutputHelper output)
{
    // One source, one customer two legs away: each lot is a handful of events.
    private static Dataset Chain(double tonnesPerYear = 400_000) => new TinyDataset()
        .Node("S", kind: NodeKind.Mine).Node("M").Node("D", kind: NodeKind.Customer)
        .Link("S", "M", hours: 30).Link("M", "D", hours: 40)
        .Commodity("ore").Supply("S", "ore", tonnesPerYear).Demand("D", "ore", tonnesPerYear)
        .Build();

    private static SimulationModel Model(double lotTonnes, int replications = 1, int maxLots = 1_000_000, long maxEvents = 100_000_000) =>
        SimulationModel.Compile(Chain(), new SimulationOptions
        {
            Replications = replications,
            HorizonDays = 365,
            WarmupDays = 30,
            LotTonnes = lotTonnes,
            MaxLotsPerReplication = maxLots,
            MaxEventsPerReplication = maxEvents,
        });

    private sealed class Forever(Scheduler scheduler, CancellationTokenSource cancel, int cancelAt) : IEventHandler
    {
        public void Handle(int kind, int payload)
        {
            if (scheduler.EventsHandled == cancelAt)
                cancel.Cancel();
            scheduler.After(0.001, this);
        }
    }

    [Fact]
    public void SchedulerRun_CancelledByAnEvent_StopsWithin1024Events()
    {
        var scheduler = new Scheduler();
        using var cancel = new CancellationTokenSource();
        scheduler.At(0, new Forever(scheduler, cancel, cancelAt: 10));

        Assert.Throws<OperationCanceledException>(() => scheduler.Run(1e9, cancellationToken: cancel.Token));

        Assert.InRange(scheduler.EventsHandled, 10, 10 + 1024);
    }

    [Fact]
    public void SchedulerRun_PastTheEventLimit_SimulationLimitException()
    {
        var scheduler = new Scheduler();
        using var never = new CancellationTokenSource();
        scheduler.At(0, new Forever(scheduler, never, cancelAt: -1));

        var e = Assert.Throws<SimulationLimitException>(() => scheduler.Run(1e9, maxEvents: 5_000));

        Assert.Contains("more than 5,000 events", e.Message, StringComparison.Ordinal);
        Assert.InRange(scheduler.EventsHandled, 5_000, 5_000 + 1024);
    }

    [Fact]
    public void Run_CancelledDuringOneLongReplication_StopsLongBeforeTheReplicationWouldEnd()
    {
        // 900,000 lots of one tonne in one replication: tens of seconds of work on any machine.
        var model = Model(lotTonnes: 400_000.0 / 900_000);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => MonteCarlo.Run(model, cancellationToken: cancel.Token));
        output.WriteLine($"cancelled at 0.2 s, stopped at {watch.Elapsed.TotalSeconds:0.000} s");

        // Generous against a loaded machine; checked only between replications, this took about 120 s.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"the run stopped {watch.Elapsed.TotalSeconds:0.0} s after it started");
    }

    [Fact]
    public void Run_MoreLotsThanTheLimit_SimulationLimitExceptionNotAnAggregate()
    {
        var model = Model(lotTonnes: 100, replications: 40, maxLots: 1_000);

        var e = Assert.Throws<SimulationLimitException>(() => MonteCarlo.Run(model));

        Assert.Contains("more than 1,000 lots", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e-7)]
    [InlineData(1e-9)]
    [InlineData(0.5)]
    public void WorkProblem_LotsFarBelowTheVolumes_RefusedNamingTheSmallestLot(double lotTonnes)
    {
        var problem = Model(lotTonnes).WorkProblem();

        Assert.NotNull(problem);
        Assert.Contains("lots per replication", problem, StringComparison.Ordinal);
        // 400,000 t/yr over 365 days within 500,000 lots: at least 0.8 t a lot.
        Assert.Contains("use lots of at least 0.8 t", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkProblem_SensibleLots_None()
    {
        Assert.Null(Model(lotTonnes: 1).WorkProblem());
        Assert.Equal(400_001, Model(lotTonnes: 1).ExpectedLotsPerReplication, 6); // a year of lots, from time 0, plus the first
    }
}
