using System.Diagnostics;

namespace Caravan.Optimization.Flows;

/// <summary>
/// One commodity as an integer min-cost flow (<see cref="ExpandedNetwork"/>) on our
/// <see cref="NetworkSimplex"/> or OR-Tools' cost-scaling <c>MinCostFlow</c>, mapped back to tonnes
/// and US$ with capacity duals from complementary slackness.
/// </summary>
internal static class NetworkFlowSolver
{
    public static string SolverName(FlowMethod engine) => engine == FlowMethod.NetworkSimplex ? "network simplex" : "or-tools min-cost flow";

    public static FlowSolution Solve(FlowProblem problem, FlowSolverOptions options, FlowMethod engine)
    {
        if (problem.Commodities.Count != 1)
            throw new ArgumentException("min-cost flow takes exactly one commodity; use the LP for more", nameof(problem));
        var watch = Stopwatch.StartNew();
        var k = problem.Commodities[0];
        var totalDemand = k.Demand.Sum(d => d.Tonnes);
        var maxCost = Enumerable.Range(0, problem.ArcCount).Where(k.Allows).Select(a => Math.Abs(k.ArcCost[a]))
            .Concat(k.Supply.Select(s => Math.Abs(s.CostUsdPerTonne))).Append(k.PenaltyUsdPerTonne).Max();
        // Capacities in tonnes of this commodity (a TEU or wagon capacity divided by its use per tonne).
        var arcTonnes = k.ArcCapacityUse is null ? problem.ArcCapacity : problem.ArcCapacity.Select((c, a) => c / k.ArcUse(a)).ToArray();
        var nodeTonnes = k.NodeCapacityUse is null ? problem.NodeCapacity : problem.NodeCapacity.Select((c, v) => c / k.NodeUse(v)).ToArray();
        var integral = k.ArcCost.All(c => double.IsPositiveInfinity(c) || double.IsInteger(c))
            && arcTonnes.All(c => double.IsPositiveInfinity(c) || double.IsInteger(c))
            && nodeTonnes.All(c => double.IsPositiveInfinity(c) || double.IsInteger(c))
            && k.Supply.Concat(k.Demand).All(p => double.IsInteger(p.Tonnes) && double.IsInteger(p.CostUsdPerTonne))
            && double.IsInteger(k.PenaltyUsdPerTonne);
        var expandedNodes = problem.NodeCount + nodeTonnes.Count(c => !double.IsPositiveInfinity(c)) + 2;
        var scaling = IntegerScaling.Choose(Math.Max(totalDemand, k.Supply.Sum(s => s.Tonnes)), maxCost, expandedNodes, integral);
        if (scaling is null)
            return FlowSolution.Failed(problem, FlowStatus.Error, SolverName(engine), "quantities and costs too large for 64-bit integer units; use the LP", watch.Elapsed);

        var network = ExpandedNetwork.Build(problem, scaling, arcTonnes, nodeTonnes, options.AllowUnmet);
        var result = Run(network, engine, options);
        var elapsed = watch.Elapsed;
        if (result.Status != FlowStatus.Optimal)
            return FlowSolution.Failed(problem, result.Status, SolverName(engine), result.Explanation ?? result.Status.ToString(), elapsed);

        var flow = new double[problem.ArcCount];
        for (var a = 0; a < problem.ArcCount; a++)
            flow[a] = network.ArcOf[a] < 0 ? 0 : scaling.ToTonnes(result.Flow[network.ArcOf[a]]);
        var shipped = network.SupplyArcs.Select(e => scaling.ToTonnes(result.Flow[e])).ToArray();
        var unmet = k.Demand.Select((d, j) => Math.Max(0, d.Tonnes - scaling.ToTonnes(result.Flow[network.DemandArcs[j]]))).ToArray();
        double[]? arcDual = null, nodeDual = null;
        if (options.ComputeDuals)
        {
            var potential = ResidualPotentials.Compute(network, result.Flow);
            // A capacity above the total demand was cut to it and can never really bind.
            // The graph's capacities are in tonnes; one more unit of capacity is 1 / use more tonnes.
            arcDual = network.ArcOf.Select((e, a) => e < 0 || !(arcTonnes[a] < totalDemand) ? 0
                : CapacityDual(network, result.Flow, e, potential, scaling) / k.ArcUse(a)).ToArray();
            nodeDual = network.SplitOf.Select((e, v) => e < 0 || !(nodeTonnes[v] < totalDemand) ? 0
                : CapacityDual(network, result.Flow, e, potential, scaling) / k.NodeUse(v)).ToArray();
        }
        var message = scaling.Describe() + (network.SlackArc >= 0 && result.Flow[network.SlackArc] > 0 ? "; some demand unmet" : "");
        return new FlowSolution(FlowStatus.Optimal, SolverName(engine), message, scaling.ToUsd(result.Cost), null,
            [flow], [shipped], [unmet], arcDual, nodeDual, elapsed);
    }

    // OR-Tools' MinCostFlow takes no time limit and cannot be interrupted; the simplex checks both.
    private static MinCostFlowResult Run(ExpandedNetwork network, FlowMethod engine, FlowSolverOptions options) => engine == FlowMethod.NetworkSimplex
        ? NetworkSimplex.Solve(network.NodeCount, network.Tail, network.Head, network.Capacity, network.Cost, network.Supply,
            options.TimeLimit, cancellation: options.Cancellation)
        : OrToolsMinCostFlow.Solve(network);

    // Complementary slackness: a saturated arc whose reduced cost c + π(tail) − π(head) is negative
    // is worth exactly that much per extra unit of capacity.
    private static double CapacityDual(ExpandedNetwork network, long[] flow, int arc, long[] potential, IntegerScaling scaling)
    {
        if (flow[arc] < network.Capacity[arc])
            return 0;
        var reduced = network.Cost[arc] + potential[network.Tail[arc]] - potential[network.Head[arc]];
        return reduced < 0 ? scaling.DualToUsdPerTonne(-reduced) : 0;
    }
}
