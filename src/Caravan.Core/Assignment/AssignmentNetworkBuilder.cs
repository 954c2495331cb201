namespace Caravan.Core.Assignment;

/// <summary>Collects nodes, arcs and zones, then compiles an immutable <see cref="AssignmentNetwork"/>.</summary>
public sealed class AssignmentNetworkBuilder
{
    private readonly List<int> _tail = [];
    private readonly List<int> _head = [];
    private readonly List<VolumeDelayFunction> _delay = [];
    private readonly List<int> _zones = [];
    private readonly bool[] _through;
    private readonly bool[] _isZone;

    /// <summary>Starts a network of <paramref name="nodeCount"/> nodes numbered 0..nodeCount-1, all through nodes.</summary>
    public AssignmentNetworkBuilder(int nodeCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        NodeCount = nodeCount;
        _through = new bool[nodeCount];
        Array.Fill(_through, true);
        _isZone = new bool[nodeCount];
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount { get; }

    /// <summary>Adds a directed arc and returns its index (arcs are numbered in the order added).</summary>
    public int AddArc(int from, int to, VolumeDelayFunction delay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(from, NodeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(to);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(to, NodeCount);
        ArgumentNullException.ThrowIfNull(delay);
        _tail.Add(from);
        _head.Add(to);
        _delay.Add(delay);
        return _tail.Count - 1;
    }

    /// <summary>
    /// Makes <paramref name="node"/> a zone and returns the zone's index (zones are numbered in the
    /// order added). With <paramref name="throughNode"/> false, trips start and end there but no
    /// traffic passes through it.
    /// </summary>
    public int AddZone(int node, bool throughNode = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(node, NodeCount);
        if (_isZone[node])
            throw new ArgumentException($"node {node} is already a zone", nameof(node));
        _isZone[node] = true;
        _through[node] = throughNode;
        _zones.Add(node);
        return _zones.Count - 1;
    }

    /// <summary>Compiles the network.</summary>
    public AssignmentNetwork Build() =>
        new(NodeCount, [.. _tail], [.. _head], [.. _delay], [.. _zones], (bool[])_through.Clone());
}
