using Caravan.Core.Network;

namespace Caravan.Core.Simulation;

/// <summary>Something that can close: a node, link or chokepoint, with its random disruptions and scenario windows (hours).</summary>
internal sealed record ClosableSpec(string Id, Disruption? Disruption, IReadOnlyList<(double Start, double End)> Fixed, ulong Key);
