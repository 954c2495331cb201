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

    /// <summary>Writes every field exactly (doubles bit for bit), so a tally read back merges as the original would.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Ods.Length);
        writer.Write(Resources.Length);
        writer.Write(StockoutDays.Length);
        foreach (var od in Ods)
            od.Write(writer);
        foreach (var r in Resources)
            r.Write(writer);
        for (var i = 0; i < StockoutDays.Length; i++)
        {
            StockoutHappened[i].Write(writer);
            StockoutDays[i].Write(writer);
        }
        writer.Write(Replications);
        writer.Write(Events);
        writer.Write(Reroutes);
        writer.Write(ReplicationMeanLeadDays.Count);
        foreach (var days in ReplicationMeanLeadDays)
            writer.Write(days);
    }

    /// <summary>Reads a tally written by <see cref="Write"/> for the same model; a tally of another shape is refused.</summary>
    public static SimulationTally Read(SimulationModel model, BinaryReader reader)
    {
        var tally = new SimulationTally(model);
        var (ods, resources, demands) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        if (ods != tally.Ods.Length || resources != tally.Resources.Length || demands != tally.StockoutDays.Length)
            throw new InvalidDataException($"the tally has {ods} pairs, {resources} resources and {demands} demands; the model has "
                + $"{tally.Ods.Length}, {tally.Resources.Length} and {tally.StockoutDays.Length}");
        foreach (var od in tally.Ods)
            od.Read(reader);
        foreach (var r in tally.Resources)
            r.Read(reader);
        for (var i = 0; i < demands; i++)
        {
            tally.StockoutHappened[i].Read(reader);
            tally.StockoutDays[i].Read(reader);
        }
        tally.Replications = reader.ReadInt32();
        tally.Events = reader.ReadInt64();
        tally.Reroutes = reader.ReadInt64();
        var series = reader.ReadInt32();
        if (series != tally.Replications)
            throw new InvalidDataException($"the tally has {series} replication means for {tally.Replications} replications");
        for (var i = 0; i < series; i++)
            tally.ReplicationMeanLeadDays.Add(reader.ReadDouble());
        return tally;
    }
}
