using Google.OrTools.LinearSolver;

namespace Caravan.Optimization.Flows;

/// <summary>
/// The LP dual of the flow program, solved as a program of its own. OR-Tools 9.15's HiGHS interface
/// returns no dual values (DualValue gives the row activity, reduced costs are zero; measured), so for
/// HiGHS the capacity duals are read from the primal values of this dual, which HiGHS reports right.
/// By strong duality its optimum equals the flow's cost, which the adapter checks.
/// </summary>
/// <remarks>
/// Primal: min c·x s.t. conservation A x = b, capacity rows G x ≤ h, 0 ≤ shipped ≤ S, 0 ≤ unmet ≤ D.
/// Dual: max b·π − h·w − S·σ − D·μ s.t. Aᵀπ − Gᵀw − σ − μ ≤ c, with w, σ, μ ≥ 0 and π free. G holds
/// each commodity's capacity use per tonne. Then w is the US$ saved per extra unit of each capacity.
/// </remarks>
internal static class DualFlowProgram
{
    public static (double[] ArcDual, double[] NodeDual, double Objective)? Solve(FlowProblem problem, FlowSolverOptions options, string solverId)
    {
        using var solver = Solver.CreateSolver(solverId);
        if (solver is null)
            return null;
        solver.SuppressOutput();
        if (solverId == "HIGHS")
            solver.SetSolverSpecificParametersAsString("output_flag=false"); // else HiGHS prints a banner on stdout
        if (options.TimeLimit is { } limit)
            solver.SetTimeLimit((long)Math.Max(1, limit.TotalMilliseconds));
        var inf = double.PositiveInfinity;
        var objective = solver.Objective();
        var w = new Variable?[problem.ArcCount];
        var z = new Variable?[problem.NodeCount];
        for (var a = 0; a < problem.ArcCount; a++)
        {
            if (!double.IsPositiveInfinity(problem.ArcCapacity[a]) && problem.Commodities.Any(k => k.Allows(a)))
            {
                w[a] = solver.MakeNumVar(0, inf, "");
                objective.SetCoefficient(w[a], -problem.ArcCapacity[a]);
            }
        }
        for (var v = 0; v < problem.NodeCount; v++)
        {
            if (!double.IsPositiveInfinity(problem.NodeCapacity[v]))
            {
                z[v] = solver.MakeNumVar(0, inf, "");
                objective.SetCoefficient(z[v], -problem.NodeCapacity[v]);
            }
        }
        foreach (var k in problem.Commodities)
        {
            var pi = new Variable[problem.NodeCount];
            for (var v = 0; v < problem.NodeCount; v++)
                pi[v] = solver.MakeNumVar(-inf, inf, "");
            foreach (var d in k.Demand)
                objective.SetCoefficient(pi[d.Node], objective.GetCoefficient(pi[d.Node]) - d.Tonnes);
            for (var a = 0; a < problem.ArcCount; a++)
            {
                if (!k.Allows(a))
                    continue;
                // x[k,a]: +1 in its tail's row, −1 in its head's, its capacity use in the arc's and the head's capacity rows.
                var row = solver.MakeConstraint(-inf, k.ArcCost[a]);
                row.SetCoefficient(pi[problem.ArcTail[a]], 1);
                row.SetCoefficient(pi[problem.ArcHead[a]], -1);
                if (w[a] is { } wa)
                    row.SetCoefficient(wa, -k.ArcUse(a));
                if (z[problem.ArcHead[a]] is { } zh)
                    row.SetCoefficient(zh, -k.NodeUse(problem.ArcHead[a]));
            }
            foreach (var s in k.Supply)
            {
                // shipped: −1 in its node's row, its capacity use in the node's capacity row, bounded by S.
                var sigma = solver.MakeNumVar(0, inf, "");
                objective.SetCoefficient(sigma, -s.Tonnes);
                var row = solver.MakeConstraint(-inf, s.CostUsdPerTonne);
                row.SetCoefficient(pi[s.Node], -1);
                row.SetCoefficient(sigma, -1);
                if (z[s.Node] is { } zs)
                    row.SetCoefficient(zs, -k.NodeUse(s.Node));
            }
            foreach (var d in k.Demand.Where(_ => options.AllowUnmet))
            {
                // unmet: −1 in its node's row, bounded by D.
                var mu = solver.MakeNumVar(0, inf, "");
                objective.SetCoefficient(mu, -d.Tonnes);
                var row = solver.MakeConstraint(-inf, k.PenaltyUsdPerTonne);
                row.SetCoefficient(pi[d.Node], -1);
                row.SetCoefficient(mu, -1);
            }
        }
        objective.SetMaximization();
        if (solver.Solve() != Solver.ResultStatus.OPTIMAL)
            return null;
        return (w.Select(v => v?.SolutionValue() ?? 0).ToArray(), z.Select(v => v?.SolutionValue() ?? 0).ToArray(), objective.Value());
    }
}
