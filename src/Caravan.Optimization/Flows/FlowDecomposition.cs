namespace Caravan.Optimization.Flows;

/// <summary>
/// Splits each commodity's arc flows into supply-to-demand paths (the flow decomposition theorem,
/// Ahuja, Magnanti and Orlin, Network Flows, 1993, §3.5): from a supply with tonnes left, follow the
/// arc with the most flow left until a demand with tonnes left; move the least of the supply, the
/// demand and the path's arcs; repeat. A cycle met on the way is cancelled (it costs and delivers
/// nothing). Each step empties an arc, a supply or a demand, so there are at most arcs + supplies +
/// demands paths per commodity. Deterministic: ties go to the lower index.
/// </summary>
public static class FlowDecomposition
{
    /// <summary>The paths of <paramref name="solution"/> for <paramref name="problem"/>; none without a flow.</summary>
    public static IReadOnlyList<FlowPath> Paths(FlowProblem problem, FlowSolution solution, CancellationToken cancellationToken = default)
    {
        var paths = new List<FlowPath>();
        if (!solution.HasFlow)
            return paths;
        var outArcs = new List<int>[problem.NodeCount];
        for (var v = 0; v < outArcs.Length; v++)
            outArcs[v] = [];
        for (var a = 0; a < problem.ArcCount; a++)
            outArcs[problem.ArcTail[a]].Add(a);
        for (var k = 0; k < problem.Commodities.Count; k++)
            Decompose(problem, outArcs, k, solution, paths, cancellationToken);
        return paths;
    }

    private static void Decompose(FlowProblem problem, List<int>[] outArcs, int k, FlowSolution solution, List<FlowPath> paths, CancellationToken cancellationToken)
    {
        var commodity = problem.Commodities[k];
        var flow = (double[])solution.Flow[k].Clone();
        var supplyLeft = new double[problem.NodeCount];
        var demandLeft = new double[problem.NodeCount];
        for (var i = 0; i < commodity.Supply.Count; i++)
            supplyLeft[commodity.Supply[i].Node] += solution.Shipped[k][i];
        for (var j = 0; j < commodity.Demand.Count; j++)
            demandLeft[commodity.Demand[j].Node] += commodity.Demand[j].Tonnes - solution.Unmet[k][j];
        // Solver noise: a millionth of the largest amount, at least a microtonne.
        var tiny = Math.Max(1e-6, 1e-9 * Math.Max(supplyLeft.Max(), flow.DefaultIfEmpty(0).Max()));
        var found = new Dictionary<(int From, int To, string Arcs), (double Tonnes, int[] Arcs)>();
        var order = new List<(int From, int To, string Arcs)>();
        var path = new List<int>();
        var position = new Dictionary<int, int>();
        foreach (var origin in commodity.Supply.Select(s => s.Node).Distinct())
        {
            while (supplyLeft[origin] > tiny)
            {
                cancellationToken.ThrowIfCancellationRequested();
                path.Clear();
                position.Clear();
                var v = origin;
                position[v] = 0;
                while (demandLeft[v] <= tiny)
                {
                    var next = -1;
                    foreach (var a in outArcs[v])
                    {
                        if (flow[a] > tiny && (next < 0 || flow[a] > flow[next]))
                            next = a;
                    }
                    if (next < 0)
                        break;
                    var head = problem.ArcHead[next];
                    if (position.TryGetValue(head, out var at))
                    {
                        // A cycle: cancel it and go on from where it began.
                        var cycle = path.Skip(at).Append(next).ToArray();
                        var least = cycle.Min(a => flow[a]);
                        foreach (var a in cycle)
                            flow[a] -= least;
                        foreach (var a in path.Skip(at))
                            position.Remove(problem.ArcHead[a]);
                        path.RemoveRange(at, path.Count - at);
                        v = head;
                        continue;
                    }
                    path.Add(next);
                    position[head] = path.Count;
                    v = head;
                }
                if (demandLeft[v] <= tiny)
                {
                    supplyLeft[origin] = 0; // what is left is noise with nowhere to go
                    break;
                }
                var tonnes = Math.Min(supplyLeft[origin], demandLeft[v]);
                foreach (var a in path)
                    tonnes = Math.Min(tonnes, flow[a]);
                foreach (var a in path)
                    flow[a] -= tonnes;
                supplyLeft[origin] -= tonnes;
                demandLeft[v] -= tonnes;
                var key = (origin, v, string.Join(',', path));
                if (found.TryGetValue(key, out var before))
                {
                    found[key] = (before.Tonnes + tonnes, before.Arcs);
                }
                else
                {
                    found[key] = (tonnes, path.ToArray());
                    order.Add(key);
                }
            }
        }
        foreach (var key in order)
            paths.Add(new FlowPath(commodity.Id, key.From, key.To, found[key].Tonnes, found[key].Arcs));
    }
}
