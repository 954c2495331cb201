namespace Caravan.Core.Assignment.Tntp;

/// <summary>A TNTP trip table: demand between zones, entries in file order (zones 1-based, as in the file).</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="ZoneCount">&lt;NUMBER OF ZONES&gt;.</param>
/// <param name="ZoneCountLine">The line of &lt;NUMBER OF ZONES&gt;, to point at when it disagrees with the network.</param>
/// <param name="DeclaredTotal">&lt;TOTAL OD FLOW&gt;, or null when the file does not give it.</param>
/// <param name="Origins">Origin zone of each entry.</param>
/// <param name="Destinations">Destination zone of each entry.</param>
/// <param name="Volumes">Flow of each entry.</param>
public sealed record TntpTrips(string File, int ZoneCount, int ZoneCountLine, double? DeclaredTotal,
    IReadOnlyList<int> Origins, IReadOnlyList<int> Destinations, IReadOnlyList<double> Volumes)
{
    /// <summary>Sum of all entries, intrazonal trips included.</summary>
    public double Total => Volumes.Sum();
}
