using System.Diagnostics;
using Google.OrTools.Graph;

namespace Caravan.Optimization.Flows;

/// <summary>
/// One commodity on OR-Tools' <see cref="MinCostFlow"/> (cost-scaling push-relabel, integer data).
/// The problem becomes a balanced network: a super source σ feeds every supply (capacity = tonnes
/// available, cost = origin cost) and, when unmet demand is allowed, the super sink τ directly at the
/// penalty; every demand drains to τ; a node with a capacity is split into in → out with that capacity.
/// Capacities in TEU or wagons become tonnes of this one commodity (units ÷ its capacity use per tonne).
/// σ supplies and τ absorbs the total demand, so supply need not all ship.
/// </summary>
internal static class NetworkFlowSolver
{
    private const string SolverName = "or-tools min-cost flow";

    public static FlowSolution Solve(FlowProblem problem, FlowSolverOptions options)
    {
        if (problem.Commodities.Count != 1)
            throw new ArgumentException("min-cost flow takes exactly one commodity; use the LP for more", nameof(problem));
        var watch = Stopwatch.StartNew();
        var k = problem.Commodities[0];
        var n = problem.NodeCount;
        var totalDemand = k.Demand.Sum(d => d.Tonnes);
        var maxCost = Enumerable.Range(0, problem.ArcCount).Where(k.Allows).Select(a => Math.Abs(k.ArcCost[a]))
            .Concat(k.Supply.Select(s => Math.Abs(s.CostUsdPerTonne))).Append(k.PenaltyUsdPerTonne).Max();

        // Dense expanded graph: node n's "in" is n; its "out" is n or a split node.
        var outNode = new int[n];
        var next = n;
        for (var v = 0; v < n; v++)
            outNode[v] = double.IsPositiveInfinity(problem.NodeCapacity[v]) ? v : next++;
        int source = next++, sink = next++;
        // Capacities in tonnes of this commodity (a TEU or wagon capacity divided by its use per tonne).
        var arcTonnes = k.ArcCapacityUse is null ? problem.ArcCapacity : problem.ArcCapacity.Select((c, a) => c / k.ArcUse(a)).ToArray();
        var nodeTonnes = k.NodeCapacityUse is null ? problem.NodeCapacity : problem.NodeCapacity.Select((c, v) => c / k.NodeUse(v)).ToArray();
        var integral = k.ArcCost.All(c => double.IsPositiveInfinity(c) || double.IsInteger(c))
            && arcTonnes.All(c => double.IsPositiveInfinity(c) || double.IsInteger(c))
            && nodeTonnes.All(c => double.IsPositiveInfinity(c) || double.IsInteger(c))
            && k.Supply.Concat(k.Demand).All(p => double.IsInteger(p.Tonnes) && double.IsInteger(p.CostUsdPerTonne))
            && double.IsInteger(k.PenaltyUsdPerTonne);
        var scaling = IntegerScaling.Choose(Math.Max(totalDemand, k.Supply.Sum(s => s.Tonnes)), maxCost, next, integral);
        if (scaling is null)
            return FlowSolution.Failed(problem, FlowStatus.Error, SolverName, "quantities and costs too large for 64-bit integer units; use the LP", watch.Elapsed);

        using var mcf = new MinCostFlow(next, problem.ArcCount + n + k.Supply.Count + k.Demand.Count + 1);
        var unlimited = scaling.Tonnes(totalDemand); // no arc ever needs to carry more than everything
        var arcOf = new int[problem.ArcCount];
        var expandedTail = new List<int>();
        var expandedHead = new List<int>();
        int Add(int tail, int head, long capacity, long cost)
        {
            expandedTail.Add(tail);
            expandedHead.Add(head);
            return mcf.AddArcWithCapacityAndUnitCost(tail, head, Math.Max(capacity, 0), cost);
        }
        for (var a = 0; a < problem.ArcCount; a++)
        {
            arcOf[a] = -1;
            if (k.Allows(a))
                arcOf[a] = Add(outNode[problem.ArcTail[a]], problem.ArcHead[a], Cap(arcTonnes[a]), scaling.Cost(k.ArcCost[a]));
        }
        var splitOf = new int[n];
        for (var v = 0; v < n; v++)
            splitOf[v] = outNode[v] == v ? -1 : Add(v, outNode[v], Cap(nodeTonnes[v]), 0);
        var supplyArcs = k.Supply.Select(s => Add(source, s.Node, scaling.Tonnes(s.Tonnes), scaling.Cost(s.CostUsdPerTonne))).ToArray();
        var demandArcs = k.Demand.Select(d => Add(outNode[d.Node], sink, scaling.Tonnes(d.Tonnes), 0)).ToArray();
        var required = demandArcs.Length == 0 ? 0 : scaling.Tonnes(totalDemand);
        var slackArc = options.AllowUnmet ? Add(source, sink, required, scaling.Cost(k.PenaltyUsdPerTonne)) : -1;
        mcf.SetNodeSupply(source, required);
        mcf.SetNodeSupply(sink, -required);

        var status = mcf.Solve();
        var elapsed = watch.Elapsed;
        if (status != MinCostFlowBase.Status.OPTIMAL)
            return FlowSolution.Failed(problem, Map(status), SolverName, Explain(status), elapsed);

        var flow = new double[problem.ArcCount];
        for (var a = 0; a < problem.ArcCount; a++)
            flow[a] = arcOf[a] < 0 ? 0 : scaling.ToTonnes(mcf.Flow(arcOf[a]));
        var shipped = supplyArcs.Select(e => scaling.ToTonnes(mcf.Flow(e))).ToArray();
        var unmet = k.Demand.Select((d, j) => Math.Max(0, d.Tonnes - scaling.ToTonnes(mcf.Flow(demandArcs[j])))).ToArray();
        double[]? arcDual = null, nodeDual = null;
        if (options.ComputeDuals)
        {
            var potential = ResidualPotentials.Compute(mcf, next);
            // A capacity above the total demand was cut to it and can never really bind.
            // The graph's capacities are in tonnes; one more unit of capacity is 1 / use more tonnes.
            arcDual = arcOf.Select((e, a) => e < 0 || !(arcTonnes[a] < totalDemand) ? 0
                : CapacityDual(mcf, e, potential, scaling) / k.ArcUse(a)).ToArray();
            nodeDual = splitOf.Select((e, v) => e < 0 || !(nodeTonnes[v] < totalDemand) ? 0
                : CapacityDual(mcf, e, potential, scaling) / k.NodeUse(v)).ToArray();
        }
        var message = scaling.Describe() + (slackArc >= 0 && mcf.Flow(slackArc) > 0 ? "; some demand unmet" : "");
        return new FlowSolution(FlowStatus.Optimal, SolverName, message, scaling.ToUsd(mcf.OptimalCost()), null,
            [flow], [shipped], [unmet], arcDual, nodeDual, elapsed);

        long Cap(double tonnes) => double.IsPositiveInfinity(tonnes) ? unlimited : Math.Min(scaling.Tonnes(tonnes), unlimited);
    }

    // Complementary slackness: a saturated arc whose reduced cost c + π(tail) − π(head) is negative
    // is worth exactly that much per extra unit of capacity.
    private static double CapacityDual(MinCostFlow mcf, int arc, long[] potential, IntegerScaling scaling)
    {
        if (mcf.Flow(arc) < mcf.Capacity(arc))
            return 0;
        var reduced = mcf.UnitCost(arc) + potential[mcf.Tail(arc)] - potential[mcf.Head(arc)];
        return reduced < 0 ? scaling.DualToUsdPerTonne(-reduced) : 0;
    }

    private static FlowStatus Map(MinCostFlowBase.Status status) => status switch
    {
        MinCostFlowBase.Status.OPTIMAL => FlowStatus.Optimal,
        MinCostFlowBase.Status.INFEASIBLE => FlowStatus.Infeasible,
        MinCostFlowBase.Status.UNBALANCED => FlowStatus.Unbalanced,
        _ => FlowStatus.Error,
    };

    private static string Explain(MinCostFlowBase.Status status) => status switch
    {
        MinCostFlowBase.Status.INFEASIBLE => "no flow meets every demand within the capacities and supplies",
        MinCostFlowBase.Status.UNBALANCED => "supplies and demands do not balance",
        MinCostFlowBase.Status.BAD_COST_RANGE => "costs out of the solver's integer range",
        MinCostFlowBase.Status.BAD_RESULT => "the solver returned an inconsistent result",
        _ => $"the solver stopped with status {status}",
    };
}
