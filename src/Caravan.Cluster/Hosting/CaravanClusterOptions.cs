namespace Caravan.Cluster.Hosting;

/// <summary>How a coordinator runs chunks.</summary>
public sealed class CaravanClusterOptions
{
    /// <summary>Attempts of one chunk before the run fails (a lost silo costs one).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Pause before a failed chunk runs again, so a dead silo's membership change can land first.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Chunks in flight; null: silos × this silo's cores.</summary>
    public int? ChunksInFlight { get; set; }
}
