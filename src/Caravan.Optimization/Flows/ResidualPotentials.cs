namespace Caravan.Optimization.Flows;

/// <summary>
/// Node potentials that prove a min-cost flow optimal: shortest distances in the residual graph from
/// a virtual root joined to every node at cost 0 (Bellman-Ford with a FIFO queue). At an optimum the
/// residual graph has no negative cycle, so they exist, and every residual arc has a reduced cost ≥ 0.
/// OR-Tools' C# min-cost flow does not expose its own potentials, and the network simplex's potentials
/// depend on its big-M start where capacities are zero; this one pass serves both engines alike.
/// </summary>
internal static class ResidualPotentials
{
    public static long[] Compute(ExpandedNetwork network, long[] flow)
    {
        var nodes = network.NodeCount;
        var arcs = network.ArcCount;
        var first = new int[nodes + 1];
        var residual = new List<(int Tail, int Head, long Cost)>(arcs * 2);
        for (var a = 0; a < arcs; a++)
        {
            if (flow[a] < network.Capacity[a])
                residual.Add((network.Tail[a], network.Head[a], network.Cost[a]));
            if (flow[a] > 0)
                residual.Add((network.Head[a], network.Tail[a], -network.Cost[a]));
        }
        foreach (var r in residual)
            first[r.Tail + 1]++;
        for (var v = 0; v < nodes; v++)
            first[v + 1] += first[v];
        var head = new int[residual.Count];
        var cost = new long[residual.Count];
        var fill = first[..^1].ToArray();
        foreach (var r in residual)
        {
            var i = fill[r.Tail]++;
            head[i] = r.Head;
            cost[i] = r.Cost;
        }

        var distance = new long[nodes];
        var queued = new bool[nodes];
        var queue = new Queue<int>(Enumerable.Range(0, nodes));
        Array.Fill(queued, true);
        long relaxations = 0, limit = (long)nodes * residual.Count + nodes;
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            queued[u] = false;
            for (var i = first[u]; i < first[u + 1]; i++)
            {
                var v = head[i];
                if (distance[u] + cost[i] >= distance[v])
                    continue;
                distance[v] = distance[u] + cost[i];
                if (++relaxations > limit)
                    throw new InvalidOperationException("negative cycle in the residual graph: the flow is not optimal");
                if (!queued[v])
                {
                    queued[v] = true;
                    queue.Enqueue(v);
                }
            }
        }
        return distance;
    }
}
