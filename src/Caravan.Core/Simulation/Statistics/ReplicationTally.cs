namespace Caravan.Core.Simulation;

/// <summary>What one replication delivered per origin–destination pair; cleared and reused replication after replication.</summary>
internal sealed class ReplicationTally
{
    public ReplicationTally(int odCount)
    {
        LeadHours = Enumerable.Range(0, odCount).Select(_ => new List<double>()).ToArray();
        Tonnes = new double[odCount];
        CostUsd = new double[odCount];
        Arrived = new double[odCount];
    }

    /// <summary>Tonnes delivered after the warm-up, whenever released: the pair's throughput.</summary>
    public double[] Arrived { get; }

    public List<double>[] LeadHours { get; }

    public double[] Tonnes { get; }

    public double[] CostUsd { get; }

    public void Delivered(int od, double tonnes, double leadHours, double costUsd)
    {
        LeadHours[od].Add(leadHours);
        Tonnes[od] += tonnes;
        CostUsd[od] += costUsd;
    }

    public void Clear()
    {
        foreach (var list in LeadHours)
            list.Clear();
        Array.Clear(Tonnes);
        Array.Clear(CostUsd);
        Array.Clear(Arrived);
    }
}
