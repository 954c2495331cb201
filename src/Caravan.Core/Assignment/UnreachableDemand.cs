namespace Caravan.Core.Assignment;

/// <summary>Demand that no usable path serves: a class's origin and destination zone with the volume stranded.</summary>
/// <param name="ClassIndex">Index into the problem's classes.</param>
/// <param name="OriginZone">Origin zone index.</param>
/// <param name="DestinationZone">Destination zone index.</param>
/// <param name="Volume">Demand between them, in the common flow unit.</param>
public sealed record UnreachableDemand(int ClassIndex, int OriginZone, int DestinationZone, double Volume);
