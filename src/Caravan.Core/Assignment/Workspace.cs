namespace Caravan.Core.Assignment;

/// <summary>
/// Scratch arrays one thread needs to work on one bush at a time, allocated once per solve so the
/// inner loops allocate nothing. Every operation leaves <see cref="Position"/> at -1 and moves
/// <see cref="Stamp"/> on, so a workspace can serve any bush next.
/// </summary>
internal sealed class Workspace
{
    public Workspace(int nodeCount, int arcCount)
    {
        Min = new double[nodeCount];
        Max = new double[nodeCount];
        MinSlot = new int[nodeCount];
        MaxSlot = new int[nodeCount];
        Position = new int[nodeCount];
        Array.Fill(Position, -1);
        NodeFlow = new double[nodeCount];
        Degree = new int[nodeCount];
        Queue = new int[nodeCount];
        SegmentA = new int[nodeCount];
        SegmentB = new int[nodeCount];
        NewStart = new int[nodeCount + 1];
        ArcMark = new int[arcCount];
        ArcValue = new double[arcCount];
        NewArc = new int[arcCount];
        NewFlow = new double[arcCount];
        SlotCost = new double[arcCount];
        Heap = new MinHeap(nodeCount);
    }

    /// <summary>Least cost from the origin (L labels).</summary>
    public double[] Min { get; }

    /// <summary>Greatest cost over used bush paths from the origin (U labels).</summary>
    public double[] Max { get; }

    /// <summary>Bush slot on the least-cost path into each node, or the shortest-path tree's arc.</summary>
    public int[] MinSlot { get; }

    /// <summary>Bush slot on the costliest used path into each node.</summary>
    public int[] MaxSlot { get; }

    /// <summary>Position of each node in the bush's topological order; -1 outside the bush.</summary>
    public int[] Position { get; }

    /// <summary>Flow through each node.</summary>
    public double[] NodeFlow { get; }

    /// <summary>In-degrees for a topological sort.</summary>
    public int[] Degree { get; }

    /// <summary>A FIFO or deque of nodes.</summary>
    public int[] Queue { get; }

    /// <summary>Slots of the costlier segment of a flow shift.</summary>
    public int[] SegmentA { get; }

    /// <summary>Slots of the cheaper segment of a flow shift.</summary>
    public int[] SegmentB { get; }

    /// <summary>CSR offsets of a bush being rebuilt.</summary>
    public int[] NewStart { get; }

    /// <summary>Per-arc marks, equal to <see cref="Stamp"/> when set.</summary>
    public int[] ArcMark { get; }

    /// <summary>Per-arc scratch values (flows of a bush being rebuilt).</summary>
    public double[] ArcValue { get; }

    /// <summary>Arcs of a bush being rebuilt.</summary>
    public int[] NewArc { get; }

    /// <summary>Flows of a bush being rebuilt.</summary>
    public double[] NewFlow { get; }

    /// <summary>Cost of each bush slot during a scan (class cost: arc cost plus fixed cost).</summary>
    public double[] SlotCost { get; }

    /// <summary>The heap for Dijkstra's algorithm.</summary>
    public MinHeap Heap { get; }

    /// <summary>The current mark value; <see cref="NextStamp"/> invalidates every earlier mark.</summary>
    public int Stamp { get; private set; }

    /// <summary>Starts a new set of arc marks.</summary>
    public int NextStamp()
    {
        if (++Stamp == int.MaxValue)
        {
            Array.Clear(ArcMark);
            Stamp = 1;
        }
        return Stamp;
    }
}
