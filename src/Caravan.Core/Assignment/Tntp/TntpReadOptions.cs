namespace Caravan.Core.Assignment.Tntp;

/// <summary>Limits the TNTP reader enforces before it allocates, so a hostile or broken file costs bounded memory and time.</summary>
public sealed record TntpReadOptions
{
    /// <summary>Largest file read, in bytes (default 512 MiB; Austin's trip table is 3 MB).</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Most nodes a network may declare (default 2,000,000).</summary>
    public int MaxNodes { get; init; } = 2_000_000;

    /// <summary>Most links a network may have (default 10,000,000).</summary>
    public int MaxLinks { get; init; } = 10_000_000;

    /// <summary>Most zones (default 100,000).</summary>
    public int MaxZones { get; init; } = 100_000;

    /// <summary>Most origin–destination entries in a trip table (default 50,000,000).</summary>
    public int MaxTripEntries { get; init; } = 50_000_000;

    /// <summary>Most characters on one line (default 1,000,000): a file without line breaks stops here.</summary>
    public int MaxLineLength { get; init; } = 1_000_000;

    /// <summary>Reading stops after this many problems (default 100).</summary>
    public int MaxProblems { get; init; } = 100;

    /// <summary>
    /// How far the trips may sum from <c>&lt;TOTAL OD FLOW&gt;</c>, relative to the larger of that
    /// total and 1 (default 1e-6: files write the total to about 7–17 significant digits).
    /// </summary>
    public double TotalFlowTolerance { get; init; } = 1e-6;
}
