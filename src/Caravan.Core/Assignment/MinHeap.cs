using System.Runtime.CompilerServices;

namespace Caravan.Core.Assignment;

/// <summary>A binary min-heap of nodes keyed by cost, with decrease-key, for Dijkstra's algorithm.</summary>
internal sealed class MinHeap
{
    private readonly int[] _nodes;
    private readonly double[] _keys;
    private readonly int[] _at; // index of each node in the heap, or -1

    public MinHeap(int capacity)
    {
        _nodes = new int[capacity];
        _keys = new double[capacity];
        _at = new int[capacity];
        Array.Fill(_at, -1);
    }

    /// <summary>Number of queued nodes.</summary>
    public int Count { get; private set; }

    /// <summary>Inserts <paramref name="node"/> or lowers its key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: fully optimised from the first call
    public void Push(int node, double key)
    {
        var i = _at[node];
        if (i < 0)
        {
            i = Count++;
            _nodes[i] = node;
            _at[node] = i;
        }
        else if (key >= _keys[i])
        {
            return;
        }
        _keys[i] = key;
        Up(i);
    }

    /// <summary>Removes and returns the node with the least key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: fully optimised from the first call
    public int Pop()
    {
        var top = _nodes[0];
        _at[top] = -1;
        Count--;
        if (Count > 0)
        {
            _nodes[0] = _nodes[Count];
            _keys[0] = _keys[Count];
            _at[_nodes[0]] = 0;
            Down(0);
        }
        return top;
    }

    private void Up(int i)
    {
        var node = _nodes[i];
        var key = _keys[i];
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            // Ties go by node number, so the settle order never depends on insertion history.
            if (_keys[parent] < key || (_keys[parent] == key && _nodes[parent] < node))
                break;
            Place(i, _nodes[parent], _keys[parent]);
            i = parent;
        }
        Place(i, node, key);
    }

    private void Down(int i)
    {
        var node = _nodes[i];
        var key = _keys[i];
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= Count)
                break;
            if (child + 1 < Count && Less(child + 1, child))
                child++;
            if (_keys[child] > key || (_keys[child] == key && _nodes[child] > node))
                break;
            Place(i, _nodes[child], _keys[child]);
            i = child;
        }
        Place(i, node, key);
    }

    private bool Less(int x, int y) => _keys[x] < _keys[y] || (_keys[x] == _keys[y] && _nodes[x] < _nodes[y]);

    private void Place(int i, int node, double key)
    {
        _nodes[i] = node;
        _keys[i] = key;
        _at[node] = i;
    }
}
