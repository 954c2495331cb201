namespace Caravan.Optimization.Flows;

/// <summary>
/// One commodity's flow problem as a balanced integer network for a min-cost flow engine. A super
/// source σ feeds every supply (capacity = tonnes available, cost = origin cost) and, when unmet demand
/// is allowed, the super sink τ directly at the penalty; every demand drains to τ; a node with a
/// capacity is split into in → out with that capacity. Capacities in TEU or wagons become tonnes of
/// this one commodity (units ÷ its capacity use per tonne). σ supplies and τ absorbs the total demand,
/// so supply need not all ship.
/// </summary>
internal sealed class ExpandedNetwork
{
    private int _added;

    private ExpandedNetwork(int nodeCount, int arcCount)
    {
        Supply = new long[nodeCount];
        (Tail, Head, Capacity, Cost) = (new int[arcCount], new int[arcCount], new long[arcCount], new long[arcCount]);
    }

    public int NodeCount => Supply.Length;

    public int ArcCount => Tail.Length;

    public long[] Supply { get; }

    public int[] Tail { get; }

    public int[] Head { get; }

    public long[] Capacity { get; }

    public long[] Cost { get; }

    /// <summary>The expanded arc of each problem arc; −1 where the commodity may not use it.</summary>
    public int[] ArcOf { get; private set; } = [];

    /// <summary>The in → out arc of each node with a capacity; −1 for the others.</summary>
    public int[] SplitOf { get; private set; } = [];

    /// <summary>σ → supply arc per entry of the commodity's supply list.</summary>
    public int[] SupplyArcs { get; private set; } = [];

    /// <summary>Demand → τ arc per entry of the commodity's demand list.</summary>
    public int[] DemandArcs { get; private set; } = [];

    /// <summary>σ → τ at the penalty; −1 when all demand must be met.</summary>
    public int SlackArc { get; private set; } = -1;

    public static ExpandedNetwork Build(FlowProblem problem, IntegerScaling scaling, double[] arcTonnes, double[] nodeTonnes, bool allowUnmet)
    {
        var k = problem.Commodities[0];
        var n = problem.NodeCount;
        // Node v's "in" is v; its "out" is v or a split node after the problem's nodes.
        var outNode = new int[n];
        var next = n;
        for (var v = 0; v < n; v++)
            outNode[v] = double.IsPositiveInfinity(nodeTonnes[v]) ? v : next++;
        int source = next++, sink = next++;
        var allowed = Enumerable.Range(0, problem.ArcCount).Count(k.Allows);
        var arcCount = allowed + (next - n - 2) + k.Supply.Count + k.Demand.Count + (allowUnmet ? 1 : 0);
        var network = new ExpandedNetwork(next, arcCount);
        var totalDemand = k.Demand.Sum(d => d.Tonnes);
        var unlimited = scaling.Tonnes(totalDemand); // no arc ever needs to carry more than everything
        long Cap(double tonnes) => double.IsPositiveInfinity(tonnes) ? unlimited : Math.Min(scaling.Tonnes(tonnes), unlimited);

        network.ArcOf = new int[problem.ArcCount];
        for (var a = 0; a < problem.ArcCount; a++)
            network.ArcOf[a] = k.Allows(a) ? network.Add(outNode[problem.ArcTail[a]], problem.ArcHead[a], Cap(arcTonnes[a]), scaling.Cost(k.ArcCost[a])) : -1;
        network.SplitOf = new int[n];
        for (var v = 0; v < n; v++)
            network.SplitOf[v] = outNode[v] == v ? -1 : network.Add(v, outNode[v], Cap(nodeTonnes[v]), 0);
        network.SupplyArcs = k.Supply.Select(s => network.Add(source, s.Node, scaling.Tonnes(s.Tonnes), scaling.Cost(s.CostUsdPerTonne))).ToArray();
        network.DemandArcs = k.Demand.Select(d => network.Add(outNode[d.Node], sink, scaling.Tonnes(d.Tonnes), 0)).ToArray();
        var required = network.DemandArcs.Length == 0 ? 0 : scaling.Tonnes(totalDemand);
        network.SlackArc = allowUnmet ? network.Add(source, sink, required, scaling.Cost(k.PenaltyUsdPerTonne)) : -1;
        network.Supply[source] = required;
        network.Supply[sink] = -required;
        return network;
    }

    private int Add(int tail, int head, long capacity, long cost)
    {
        var arc = _added++;
        (Tail[arc], Head[arc], Capacity[arc], Cost[arc]) = (tail, head, Math.Max(capacity, 0), cost);
        return arc;
    }
}
