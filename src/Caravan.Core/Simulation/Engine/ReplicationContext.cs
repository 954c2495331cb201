namespace Caravan.Core.Simulation;

/// <summary>What the processes of one replication share: the clock, the lots, the observation window and the replication's random root.</summary>
internal sealed class ReplicationContext(Scheduler scheduler, LotTable lots, double warmupHours, double horizonHours, ulong randomRoot)
{
    public Scheduler Scheduler { get; } = scheduler;

    public LotTable Lots { get; } = lots;

    public double WarmupHours { get; } = warmupHours;

    public double HorizonHours { get; } = horizonHours;

    public ulong RandomRoot { get; } = randomRoot;

    public double Now => Scheduler.Now;

    public bool Observing => Scheduler.Now >= WarmupHours;

    /// <summary>The uniform number a lot draws at a resource (counter-based, so common across scenarios).</summary>
    public double Uniform(ulong lotKey, ulong resourceKey) => RandomStreams.Uniform(RandomRoot, lotKey, resourceKey);
}
