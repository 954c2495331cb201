using System.Diagnostics;
using Google.OrTools.LinearSolver;

namespace Caravan.Optimization.Flows;

/// <summary>
/// The multi-commodity flow as a linear program on an OR-Tools <see cref="Solver"/>: a variable per
/// (commodity, allowed arc), per supply (tonnes shipped) and per demand (tonnes unmet); conservation
/// per (commodity, node); one shared capacity row per capacitated arc and node. Equations in docs/flows.md.
/// </summary>
internal static class LinearFlowSolver
{
    public static string SolverId(LpBackend backend) => backend switch
    {
        LpBackend.Highs => "HIGHS",
        LpBackend.Glop => "GLOP",
        LpBackend.Clp => "CLP",
        LpBackend.Pdlp => "PDLP",
        _ => throw new ArgumentOutOfRangeException(nameof(backend)),
    };

    /// <summary>The backend <see cref="LpBackend.Auto"/> stands for on <paramref name="problem"/>.</summary>
    public static LpBackend Resolve(FlowProblem problem, FlowSolverOptions options)
    {
        if (options.Backend != LpBackend.Auto)
            return options.Backend;
        var variables = problem.Commodities.Sum(k => Enumerable.Range(0, problem.ArcCount).Count(k.Allows));
        if (variables <= options.LargeLpVariables)
            return LpBackend.Clp;
        return options.ComputeDuals ? LpBackend.Glop : LpBackend.Highs;
    }

    public static FlowSolution Solve(FlowProblem problem, FlowSolverOptions options)
    {
        options = options with { Backend = Resolve(problem, options) };
        var id = SolverId(options.Backend);
        using var solver = Solver.CreateSolver(id);
        if (solver is null)
            return FlowSolution.Failed(problem, FlowStatus.Error, id, $"LP solver {id} is not available in this OR-Tools build", TimeSpan.Zero);
        solver.SuppressOutput();
        if (options.Backend == LpBackend.Highs)
            solver.SetSolverSpecificParametersAsString("output_flag=false"); // else HiGHS prints a banner on stdout
        if (options.TimeLimit is { } limit)
            solver.SetTimeLimit((long)Math.Max(1, limit.TotalMilliseconds));

        var infinity = double.PositiveInfinity;
        var commodities = problem.Commodities;
        var x = new Variable?[commodities.Count][];
        var shipped = new Variable[commodities.Count][];
        var unmet = new Variable?[commodities.Count][];
        var arcRow = new Constraint?[problem.ArcCount];
        var nodeRow = new Constraint?[problem.NodeCount];
        for (var a = 0; a < problem.ArcCount; a++)
        {
            if (!double.IsPositiveInfinity(problem.ArcCapacity[a]) && commodities.Any(k => k.Allows(a)))
                arcRow[a] = solver.MakeConstraint(-infinity, problem.ArcCapacity[a]);
        }
        for (var v = 0; v < problem.NodeCount; v++)
        {
            if (!double.IsPositiveInfinity(problem.NodeCapacity[v]))
                nodeRow[v] = solver.MakeConstraint(-infinity, problem.NodeCapacity[v]);
        }

        var objective = solver.Objective();
        for (var i = 0; i < commodities.Count; i++)
        {
            var k = commodities[i];
            // Conservation: out − in − shipped + (demand − unmet) = 0, i.e. out − in − shipped − unmet = −demand.
            var balance = new double[problem.NodeCount];
            foreach (var d in k.Demand)
                balance[d.Node] -= d.Tonnes;
            var conservation = new Constraint[problem.NodeCount];
            for (var v = 0; v < problem.NodeCount; v++)
                conservation[v] = solver.MakeConstraint(balance[v], balance[v]);

            x[i] = new Variable?[problem.ArcCount];
            for (var a = 0; a < problem.ArcCount; a++)
            {
                if (!k.Allows(a))
                    continue;
                var variable = solver.MakeNumVar(0, infinity, "");
                x[i][a] = variable;
                objective.SetCoefficient(variable, k.ArcCost[a]);
                conservation[problem.ArcTail[a]].SetCoefficient(variable, 1);
                conservation[problem.ArcHead[a]].SetCoefficient(variable, -1);
                arcRow[a]?.SetCoefficient(variable, k.ArcUse(a));
                nodeRow[problem.ArcHead[a]]?.SetCoefficient(variable, k.NodeUse(problem.ArcHead[a]));
            }
            shipped[i] = new Variable[k.Supply.Count];
            for (var j = 0; j < k.Supply.Count; j++)
            {
                var s = k.Supply[j];
                var variable = solver.MakeNumVar(0, s.Tonnes, "");
                shipped[i][j] = variable;
                objective.SetCoefficient(variable, s.CostUsdPerTonne);
                conservation[s.Node].SetCoefficient(variable, -1);
                nodeRow[s.Node]?.SetCoefficient(variable, k.NodeUse(s.Node));
            }
            unmet[i] = new Variable?[k.Demand.Count];
            for (var j = 0; j < k.Demand.Count && options.AllowUnmet; j++)
            {
                var d = k.Demand[j];
                var variable = solver.MakeNumVar(0, d.Tonnes, "");
                unmet[i][j] = variable;
                objective.SetCoefficient(variable, k.PenaltyUsdPerTonne);
                conservation[d.Node].SetCoefficient(variable, -1);
            }
        }
        objective.SetMinimization();

        var watch = Stopwatch.StartNew();
        Solver.ResultStatus status;
        using (options.Cancellation.Register(() => solver.InterruptSolve()))
            status = solver.Solve();
        var elapsed = watch.Elapsed;
        if (options.Cancellation.IsCancellationRequested)
            return FlowSolution.Failed(problem, FlowStatus.Cancelled, id, "cancelled", elapsed);
        var mapped = Map(status);
        // Some backends answer NOT_SOLVED or ABNORMAL when the clock runs out before a first flow.
        var outOfTime = options.TimeLimit is { } l && elapsed >= l * 0.95;
        if (mapped == FlowStatus.Error && outOfTime)
            return FlowSolution.Failed(problem, FlowStatus.TimeLimit, id, $"time limit of {options.TimeLimit!.Value.TotalSeconds:0.#} s reached before any flow was found", elapsed);
        if (mapped is not (FlowStatus.Optimal or FlowStatus.TimeLimit))
            return FlowSolution.Failed(problem, mapped, id, Explain(status), elapsed);

        var flow = x.Select(row => row.Select(v => v is null ? 0 : Math.Max(0, v.SolutionValue())).ToArray()).ToArray();
        var shippedTonnes = shipped.Select(row => row.Select(v => Math.Max(0, v.SolutionValue())).ToArray()).ToArray();
        var unmetTonnes = unmet.Select(row => row.Select(v => v is null ? 0 : Math.Max(0, v.SolutionValue())).ToArray()).ToArray();
        double[]? arcDual = null, nodeDual = null;
        var message = mapped == FlowStatus.TimeLimit ? "time limit reached: best flow found so far" : "";
        if (options.ComputeDuals && mapped == FlowStatus.Optimal && options.Backend != LpBackend.Highs)
        {
            // A ≤ row's dual in a minimisation is ≤ 0: more capacity lowers cost. Report the saving.
            arcDual = arcRow.Select(Saving).ToArray();
            nodeDual = nodeRow.Select(Saving).ToArray();
        }
        else if (options.ComputeDuals && mapped == FlowStatus.Optimal)
        {
            var duals = DualFlowProgram.Solve(problem, options, id);
            var gap = duals is { } d ? Math.Abs(d.Objective - objective.Value()) : double.PositiveInfinity;
            if (gap <= 1e-6 * Math.Max(1, Math.Abs(objective.Value())))
                (arcDual, nodeDual) = (duals!.Value.ArcDual, duals.Value.NodeDual);
            else
                message = "capacity duals unavailable: the dual program did not confirm the optimum";
        }
        elapsed = watch.Elapsed; // with the dual program, when HiGHS needs one
        double? bound = mapped == FlowStatus.TimeLimit ? objective.BestBound() : null;
        return new FlowSolution(mapped, id, message, objective.Value(), bound, flow, shippedTonnes, unmetTonnes, arcDual, nodeDual, elapsed);
    }

    private static double Saving(Constraint? row) => row is null ? 0 : Math.Max(0, -row.DualValue());

    private static FlowStatus Map(Solver.ResultStatus status) => status switch
    {
        Solver.ResultStatus.OPTIMAL => FlowStatus.Optimal,
        Solver.ResultStatus.FEASIBLE => FlowStatus.TimeLimit,
        Solver.ResultStatus.INFEASIBLE => FlowStatus.Infeasible,
        Solver.ResultStatus.UNBOUNDED => FlowStatus.Unbounded,
        _ => FlowStatus.Error,
    };

    private static string Explain(Solver.ResultStatus status) => status switch
    {
        Solver.ResultStatus.INFEASIBLE => "no flow meets every demand within the capacities and supplies",
        Solver.ResultStatus.UNBOUNDED => "cost is unbounded below (a negative-cost cycle without capacity)",
        Solver.ResultStatus.NOT_SOLVED => "the solver stopped before finding any flow (time limit?)",
        Solver.ResultStatus.MODEL_INVALID => "the solver rejected the model as invalid",
        _ => $"the solver stopped with status {status}",
    };
}
