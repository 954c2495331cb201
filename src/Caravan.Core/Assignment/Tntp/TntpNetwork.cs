namespace Caravan.Core.Assignment.Tntp;

/// <summary>A TNTP network file: its metadata and links in file order.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="ZoneCount">&lt;NUMBER OF ZONES&gt;: zones are nodes 1..ZoneCount.</param>
/// <param name="NodeCount">&lt;NUMBER OF NODES&gt;.</param>
/// <param name="FirstThroughNode">&lt;FIRST THRU NODE&gt;: traffic passes only through nodes numbered at least this (1 when absent).</param>
/// <param name="TollFactor">&lt;TOLL FACTOR&gt;: time units per toll unit in the generalised cost (0 when absent).</param>
/// <param name="DistanceFactor">&lt;DISTANCE FACTOR&gt;: time units per length unit (0 when absent).</param>
/// <param name="Links">Links in file order.</param>
public sealed record TntpNetwork(string File, int ZoneCount, int NodeCount, int FirstThroughNode, double TollFactor, double DistanceFactor,
    IReadOnlyList<TntpLink> Links);
