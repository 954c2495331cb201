using System.Globalization;
using Caravan.Core.Routing;

namespace Caravan.Benchmarks;

/// <summary>
/// A square grid of about <c>n</c> nodes, each joined to its four neighbours by arcs in both
/// directions with integer weights 1–100 drawn from a seed: the shape of a road network's
/// worst case for Dijkstra, and the same input for every peer. Node id = row × side + column.
/// </summary>
public sealed class SyntheticGrid
{
    private SyntheticGrid(int side, int[] firstArc, int[] tail, int[] head, double[] weight)
    {
        Side = side;
        FirstArc = firstArc;
        Tail = tail;
        Head = head;
        Weight = weight;
    }

    public int Side { get; }

    public int NodeCount => Side * Side;

    public int[] FirstArc { get; }

    public int[] Tail { get; }

    public int[] Head { get; }

    public double[] Weight { get; }

    public static SyntheticGrid Build(int nodes, int seed = 42)
    {
        var side = (int)Math.Round(Math.Sqrt(nodes));
        var n = side * side;
        var random = new Random(seed);
        var firstArc = new int[n + 1];
        var tail = new List<int>(4 * n);
        var head = new List<int>(4 * n);
        var weight = new List<double>(4 * n);
        for (var v = 0; v < n; v++)
        {
            firstArc[v] = tail.Count;
            var r = v / side;
            var c = v % side;
            void Arc(int to)
            {
                tail.Add(v);
                head.Add(to);
                weight.Add(random.Next(1, 101));
            }
            if (c + 1 < side) Arc(v + 1);
            if (c > 0) Arc(v - 1);
            if (r + 1 < side) Arc(v + side);
            if (r > 0) Arc(v - side);
        }
        firstArc[n] = tail.Count;
        return new SyntheticGrid(side, firstArc, tail.ToArray(), head.ToArray(), weight.ToArray());
    }

    /// <summary>Caravan's search graph over the grid: one mode, no transfers, no via.</summary>
    internal SearchGraph ToSearchGraph() =>
        new(FirstArc, Tail, Head, new byte[Head.Length], 1, Weight, 0);

    /// <summary>Writes <c>u v w</c> per arc, the input of <c>nx_dij.py</c>.</summary>
    public void WriteEdgeList(string path)
    {
        using var writer = new StreamWriter(path);
        for (var a = 0; a < Head.Length; a++)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Tail[a]} {Head[a]} {(int)Weight[a]}"));
    }
}
