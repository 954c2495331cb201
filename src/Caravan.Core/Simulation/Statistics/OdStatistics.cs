namespace Caravan.Core.Simulation;

/// <summary>
/// Lead times and deliveries of one origin–destination pair over many replications. Pooled lead
/// times give the point estimates (mean, and quantiles from a mergeable histogram); per-replication
/// means and quantiles give the confidence intervals, since replications are independent and lots
/// within one are not.
/// </summary>
internal sealed class OdStatistics
{
    public static readonly double[] Levels = [0.50, 0.90, 0.95, 0.99];

    public Moments LeadDays { get; } = new();

    public LogHistogram LeadHistogramDays { get; } = new();

    public Moments ReplicationMeanDays { get; } = new();

    public Moments[] ReplicationQuantileDays { get; } = Levels.Select(_ => new Moments()).ToArray();

    public Moments DeliveredTonnes { get; } = new();

    public Moments StrandedTonnes { get; } = new();

    public Moments ArrivedTonnes { get; } = new();

    public long OnTime { get; private set; }

    public double CostUsd { get; private set; }

    public double Tonnes { get; private set; }

    public void AddReplication(List<double> leadHours, double tonnes, double costUsd, double promisedHours, double strandedTonnes, double arrivedTonnes)
    {
        ArrivedTonnes.Add(arrivedTonnes);
        DeliveredTonnes.Add(tonnes);
        StrandedTonnes.Add(strandedTonnes);
        Tonnes += tonnes;
        CostUsd += costUsd;
        if (leadHours.Count == 0)
            return;
        var mean = 0.0;
        foreach (var hours in leadHours)
        {
            var days = Hours.ToDays(hours);
            LeadDays.Add(days);
            LeadHistogramDays.Add(days);
            mean += days;
            if (hours <= promisedHours)
                OnTime++;
        }
        ReplicationMeanDays.Add(mean / leadHours.Count);
        leadHours.Sort();
        for (var i = 0; i < Levels.Length; i++)
            ReplicationQuantileDays[i].Add(Hours.ToDays(NearestRank(leadHours, Levels[i])));
    }

    public void Merge(OdStatistics other)
    {
        LeadDays.Merge(other.LeadDays);
        LeadHistogramDays.Merge(other.LeadHistogramDays);
        ReplicationMeanDays.Merge(other.ReplicationMeanDays);
        for (var i = 0; i < Levels.Length; i++)
            ReplicationQuantileDays[i].Merge(other.ReplicationQuantileDays[i]);
        DeliveredTonnes.Merge(other.DeliveredTonnes);
        StrandedTonnes.Merge(other.StrandedTonnes);
        ArrivedTonnes.Merge(other.ArrivedTonnes);
        OnTime += other.OnTime;
        CostUsd += other.CostUsd;
        Tonnes += other.Tonnes;
    }

    /// <summary>The nearest-rank quantile of sorted values.</summary>
    public static double NearestRank(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    internal void Write(BinaryWriter writer)
    {
        LeadDays.Write(writer);
        LeadHistogramDays.Write(writer);
        ReplicationMeanDays.Write(writer);
        foreach (var q in ReplicationQuantileDays)
            q.Write(writer);
        DeliveredTonnes.Write(writer);
        StrandedTonnes.Write(writer);
        ArrivedTonnes.Write(writer);
        writer.Write(OnTime);
        writer.Write(CostUsd);
        writer.Write(Tonnes);
    }

    internal void Read(BinaryReader reader)
    {
        LeadDays.Read(reader);
        LeadHistogramDays.Read(reader);
        ReplicationMeanDays.Read(reader);
        foreach (var q in ReplicationQuantileDays)
            q.Read(reader);
        DeliveredTonnes.Read(reader);
        StrandedTonnes.Read(reader);
        ArrivedTonnes.Read(reader);
        OnTime = reader.ReadInt64();
        CostUsd = reader.ReadDouble();
        Tonnes = reader.ReadDouble();
    }
}
