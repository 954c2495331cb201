namespace Caravan.Core.Assignment;

/// <summary>
/// The compiled network an assignment runs on: nodes 0..n-1, directed arcs with a volume–delay
/// function each, a CSR adjacency both ways (like <c>Network/TransportNetwork</c>), and the zones
/// where demand starts and ends. Built by <see cref="AssignmentNetworkBuilder"/>; immutable.
/// </summary>
/// <remarks>
/// A zone whose node is not a through node (TNTP's nodes below <c>FIRST THRU NODE</c>; a mine, plant
/// or customer in a freight network) can start and end trips but never carries traffic through it.
/// </remarks>
public sealed class AssignmentNetwork
{
    internal AssignmentNetwork(int nodeCount, int[] tail, int[] head, VolumeDelayFunction[] delay, int[] zoneNodes, bool[] throughNode)
    {
        NodeCount = nodeCount;
        ArcTail = tail;
        ArcHead = head;
        Delay = delay;
        ZoneNodes = zoneNodes;
        ThroughNode = throughNode;
        FirstOut = new int[nodeCount + 1];
        FirstIn = new int[nodeCount + 1];
        foreach (var t in tail)
            FirstOut[t + 1]++;
        foreach (var h in head)
            FirstIn[h + 1]++;
        for (var n = 0; n < nodeCount; n++)
        {
            FirstOut[n + 1] += FirstOut[n];
            FirstIn[n + 1] += FirstIn[n];
        }
        OutArcs = new int[tail.Length];
        InArcs = new int[tail.Length];
        var outFill = FirstOut[..^1];
        var inFill = FirstIn[..^1];
        // Arcs keep their input order within a node's lists, so every traversal is deterministic.
        for (var a = 0; a < tail.Length; a++)
        {
            OutArcs[outFill[tail[a]]++] = a;
            InArcs[inFill[head[a]]++] = a;
        }
        ZoneOfNode = new int[nodeCount];
        Array.Fill(ZoneOfNode, -1);
        for (var z = 0; z < zoneNodes.Length; z++)
            ZoneOfNode[zoneNodes[z]] = z;
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount { get; }

    /// <summary>Number of directed arcs.</summary>
    public int ArcCount => ArcTail.Length;

    /// <summary>Number of zones.</summary>
    public int ZoneCount => ZoneNodes.Length;

    /// <summary>Tail node of each arc.</summary>
    public int[] ArcTail { get; }

    /// <summary>Head node of each arc.</summary>
    public int[] ArcHead { get; }

    /// <summary>The volume–delay function of each arc.</summary>
    public VolumeDelayFunction[] Delay { get; }

    /// <summary>The node of each zone.</summary>
    public int[] ZoneNodes { get; }

    /// <summary>The zone at each node, or -1.</summary>
    public int[] ZoneOfNode { get; }

    /// <summary>False where traffic may start or end at the node but not pass through it.</summary>
    public bool[] ThroughNode { get; }

    /// <summary>CSR offsets: the arcs leaving node n are <c>OutArcs[FirstOut[n] .. FirstOut[n+1]-1]</c>.</summary>
    public int[] FirstOut { get; }

    /// <summary>Arc indices grouped by tail node.</summary>
    public int[] OutArcs { get; }

    /// <summary>CSR offsets into <see cref="InArcs"/>: the arcs entering node n.</summary>
    public int[] FirstIn { get; }

    /// <summary>Arc indices grouped by head node.</summary>
    public int[] InArcs { get; }
}
