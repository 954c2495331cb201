namespace Caravan.Core.Simulation;

/// <summary>
/// What one resource saw in one replication's observation window (after the warm-up). "In system"
/// counts lots queued or in service (or aboard), so Little's law L = λW can be checked on it.
/// </summary>
internal struct ResourceCounters
{
    public TimeAverage Queue;
    public TimeAverage Busy;
    public TimeAverage InSystem;
    public long Arrivals;
    public long Started;
    public double WaitHours;
    public long Completed;
    public double SojournHours;
    public double Tonnes;
    public long Sailings;
    public double SailingCapacityTonnes;
}
