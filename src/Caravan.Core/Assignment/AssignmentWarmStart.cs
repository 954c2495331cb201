namespace Caravan.Core.Assignment;

/// <summary>
/// What Algorithm B knows at the end of a solve — each origin's bush and how its flow splits — so a
/// later solve of a changed problem (other demand, capacities, times, allowed arcs) on the same
/// network and classes can start from it instead of from free-flow shortest paths. Opaque.
/// </summary>
public sealed class AssignmentWarmStart
{
    internal AssignmentWarmStart(int nodeCount, int arcCount, int zoneCount, int classCount, IReadOnlyList<Bush> bushes)
    {
        NodeCount = nodeCount;
        ArcCount = arcCount;
        ZoneCount = zoneCount;
        ClassCount = classCount;
        Bushes = bushes;
    }

    internal int NodeCount { get; }

    internal int ArcCount { get; }

    internal int ZoneCount { get; }

    internal int ClassCount { get; }

    /// <summary>Copies of the bushes, by class then origin zone.</summary>
    internal IReadOnlyList<Bush> Bushes { get; }

    /// <summary>True when this state fits <paramref name="problem"/>: same numbers of nodes, arcs, zones and classes.</summary>
    public bool Fits(AssignmentProblem problem) =>
        problem.Network.NodeCount == NodeCount && problem.Network.ArcCount == ArcCount
        && problem.Network.ZoneCount == ZoneCount && problem.Classes.Count == ClassCount;
}
