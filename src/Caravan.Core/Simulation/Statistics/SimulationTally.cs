namespace Caravan.Core.Simulation;

/// <summary>
/// Everything a batch of replications measured, in a form that merges: run batches anywhere, merge
/// them in batch order, and the result is the same as one long run.
/// </summary>
internal sealed class SimulationTally
{
    public SimulationTally(SimulationModel model)
    {
        Ods = model.Ods.Select(_ => new OdStatistics()).ToArray();
        Resources = Enumerable.Range(0, model.Nodes.Length + model.Arcs.Length).Select(_ => new ResourceStatistics()).ToArray();
        StockoutHappened = model.Demands.Select(_ => new Moments()).ToArray();
        StockoutDays = model.Demands.Select(_ => new Moments()).ToArray();
        ReplicationMeanLeadDays = new List<double>();
    }

    public OdStatistics[] Ods { get; }

    /// <summary>Nodes first, then arcs.</summary>
    public ResourceStatistics[] Resources { get; }

    public Moments[] StockoutHappened { get; }

    public Moments[] StockoutDays { get; }

    public int Replications { get; private set; }

    public long Events { get; private set; }

    public long Reroutes { get; private set; }

    /// <summary>Mean lead time over all pairs, days, of each replication in order (NaN when nothing arrived): the paired series that a scenario comparison differences.</summary>
    public List<double> ReplicationMeanLeadDays { get; }

    public void EndReplication(long events, long reroutes, double meanLeadDays)
    {
        Replications++;
        Events += events;
        Reroutes += reroutes;
        ReplicationMeanLeadDays.Add(meanLeadDays);
    }

    public void Merge(SimulationTally other)
    {
        for (var i = 0; i < Ods.Length; i++)
            Ods[i].Merge(other.Ods[i]);
        for (var i = 0; i < Resources.Length; i++)
            Resources[i].Merge(other.Resources[i]);
        for (var i = 0; i < StockoutDays.Length; i++)
        {
            StockoutHappened[i].Merge(other.StockoutHappened[i]);
            StockoutDays[i].Merge(other.StockoutDays[i]);
        }
        Replications += other.Replications;
        Events += other.Events;
        Reroutes += other.Reroutes;
        ReplicationMeanLeadDays.AddRange(other.ReplicationMeanLeadDays);
    }
}
