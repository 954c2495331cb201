namespace Caravan.Core.Simulation;

/// <summary>A resource's counters summed over replications (areas, counts, waits) and its largest queue.</summary>
internal sealed class ResourceStatistics
{
    public double QueueArea { get; private set; }
    public double BusyArea { get; private set; }
    public double InSystemArea { get; private set; }
    public double MaxQueue { get; private set; }
    public long Arrivals { get; private set; }
    public long Started { get; private set; }
    public double WaitHours { get; private set; }
    public long Completed { get; private set; }
    public double SojournHours { get; private set; }
    public double Tonnes { get; private set; }
    public long Sailings { get; private set; }
    public double SailingCapacityTonnes { get; private set; }

    /// <summary>Hours of work brought to the capacity gate after the warm-up, background and lots.</summary>
    public double GateWorkHours { get; private set; }

    /// <summary>Mean wait of each replication, hours (replications where something started service).</summary>
    public Moments ReplicationWaitHours { get; } = new();

    /// <summary>Time-average queue of each replication, divided by the observed hours.</summary>
    public Moments ReplicationMeanQueue { get; } = new();

    public void Add(in ResourceCounters c, double observedHours, double gateWorkHours = 0)
    {
        GateWorkHours += gateWorkHours;
        if (c.Started > 0)
            ReplicationWaitHours.Add(c.WaitHours / c.Started);
        ReplicationMeanQueue.Add(c.Queue.Area / observedHours);
        QueueArea += c.Queue.Area;
        BusyArea += c.Busy.Area;
        InSystemArea += c.InSystem.Area;
        MaxQueue = Math.Max(MaxQueue, c.Queue.Max);
        Arrivals += c.Arrivals;
        Started += c.Started;
        WaitHours += c.WaitHours;
        Completed += c.Completed;
        SojournHours += c.SojournHours;
        Tonnes += c.Tonnes;
        Sailings += c.Sailings;
        SailingCapacityTonnes += c.SailingCapacityTonnes;
    }

    public void Merge(ResourceStatistics o)
    {
        QueueArea += o.QueueArea;
        BusyArea += o.BusyArea;
        InSystemArea += o.InSystemArea;
        MaxQueue = Math.Max(MaxQueue, o.MaxQueue);
        Arrivals += o.Arrivals;
        Started += o.Started;
        WaitHours += o.WaitHours;
        Completed += o.Completed;
        SojournHours += o.SojournHours;
        Tonnes += o.Tonnes;
        Sailings += o.Sailings;
        SailingCapacityTonnes += o.SailingCapacityTonnes;
        GateWorkHours += o.GateWorkHours;
        ReplicationWaitHours.Merge(o.ReplicationWaitHours);
        ReplicationMeanQueue.Merge(o.ReplicationMeanQueue);
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(QueueArea);
        writer.Write(BusyArea);
        writer.Write(InSystemArea);
        writer.Write(MaxQueue);
        writer.Write(Arrivals);
        writer.Write(Started);
        writer.Write(WaitHours);
        writer.Write(Completed);
        writer.Write(SojournHours);
        writer.Write(Tonnes);
        writer.Write(Sailings);
        writer.Write(SailingCapacityTonnes);
        writer.Write(GateWorkHours);
        ReplicationWaitHours.Write(writer);
        ReplicationMeanQueue.Write(writer);
    }

    internal void Read(BinaryReader reader)
    {
        QueueArea = reader.ReadDouble();
        BusyArea = reader.ReadDouble();
        InSystemArea = reader.ReadDouble();
        MaxQueue = reader.ReadDouble();
        Arrivals = reader.ReadInt64();
        Started = reader.ReadInt64();
        WaitHours = reader.ReadDouble();
        Completed = reader.ReadInt64();
        SojournHours = reader.ReadDouble();
        Tonnes = reader.ReadDouble();
        Sailings = reader.ReadInt64();
        SailingCapacityTonnes = reader.ReadDouble();
        GateWorkHours = reader.ReadDouble();
        ReplicationWaitHours.Read(reader);
        ReplicationMeanQueue.Read(reader);
    }
}
