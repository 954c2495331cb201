using System.Diagnostics;
using Google.OrTools.LinearSolver;

namespace Caravan.Optimization.Investment;

/// <summary>
/// The two-stage stochastic investment MIP (extensive form). First stage: a binary per project, within
/// the total budget, with dependencies (y_p ≤ y_q) and exclusions (y_p + y_q ≤ 1); with a yearly budget,
/// a binary per project and start year, so capex spread over the build years fits every year and a
/// project starts only after the projects it requires are finished. Second stage: the multi-commodity
/// flow of every scenario (<see cref="FlowRows"/>). Objective: Σ annual cost·y + Σ_s π_s · flow cost_s, or
/// (served objective) the most expected demand served, then the least cost among portfolios that serve it.
/// </summary>
public static class InvestmentMip
{
    /// <summary>
    /// Solves <paramref name="instance"/> under <paramref name="settings"/>. With the served objective it solves
    /// twice (lexicographically): first the most expected demand any allowed portfolio serves, then the
    /// cheapest portfolio and flows that serve that much; each solve gets the time limit.
    /// </summary>
    public static InvestmentSolution Solve(InvestmentInstance instance, InvestmentSettings settings)
    {
        settings = settings.Validated();
        var clock = Stopwatch.StartNew();
        if (settings.Objective != InvestmentObjective.Served)
            return SolveOnce(instance, settings, Phase.Cost, null, clock);
        var most = SolveOnce(instance, settings, Phase.Served, null, clock);
        if (!most.HasPortfolio)
            return most;
        var demand = ExpectedDemandTonnes(instance);
        var unmetCap = demand - most.ExpectedServedTonnes + ServedToleranceTonnes(demand);
        var cheapest = SolveOnce(instance, settings, Phase.Cost, unmetCap, clock);
        return most.Status == InvestmentStatus.Feasible && cheapest.Status == InvestmentStatus.Optimal
            ? cheapest with { Status = InvestmentStatus.Feasible }
            : cheapest;
    }

    /// <summary>Probability-weighted total demand of <paramref name="instance"/>, t/yr.</summary>
    public static double ExpectedDemandTonnes(InvestmentInstance instance) =>
        instance.Scenarios.Sum(s => s.Probability * s.Demand.Sum(d => d.Sum()));

    /// <summary>
    /// How far below the most servable demand the cost stage of the served objective may go, t/yr: 1e-7 of
    /// the expected demand plus 1e-6 t, the order of the solvers' own tolerances, so solver noise never
    /// makes the cost stage infeasible.
    /// </summary>
    public static double ServedToleranceTonnes(double expectedDemandTonnes) => 1e-6 + 1e-7 * expectedDemandTonnes;

    private enum Phase
    {
        Cost,
        Served,
    }

    private static InvestmentSolution SolveOnce(InvestmentInstance instance, InvestmentSettings settings, Phase phase, double? unmetCap, Stopwatch clock)
    {
        using var solver = Solver.CreateSolver(settings.Solver);
        if (solver is null)
            return Empty(instance, InvestmentStatus.SolverUnavailable, clock.Elapsed, settings.Solver);
        var model = Build(solver, instance, settings, phase, unmetCap);
        if (settings.TimeLimit is { } limit)
            solver.SetTimeLimit((long)limit.TotalMilliseconds);
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, settings.RelativeGap);
        Solver.ResultStatus result;
        using (settings.Cancellation.Register(() => solver.InterruptSolve()))
            result = solver.Solve(parameters);
        var status = result switch
        {
            Solver.ResultStatus.OPTIMAL => InvestmentStatus.Optimal,
            Solver.ResultStatus.FEASIBLE => InvestmentStatus.Feasible,
            Solver.ResultStatus.INFEASIBLE => InvestmentStatus.Infeasible,
            Solver.ResultStatus.NOT_SOLVED => InvestmentStatus.NoSolutionInTime,
            _ => InvestmentStatus.Failed,
        };
        if (status is not (InvestmentStatus.Optimal or InvestmentStatus.Feasible))
            return Empty(instance, status, clock.Elapsed, settings.Solver);
        var built = model.Y.Select(v => v.SolutionValue() > 0.5).ToArray();
        int[]? starts = null;
        if (model.Start is { } z)
        {
            starts = new int[built.Length];
            for (var p = 0; p < built.Length; p++)
                starts[p] = Array.FindIndex(z[p], v => v.SolutionValue() > 0.5);
        }
        var projectCost = instance.Projects.Where((_, p) => built[p]).Sum(p => p.AnnualCostUsd);
        var scenarioCost = model.Scenarios.Select(r => r.Cost()).ToArray();
        // The objective value is the expected annual total cost whichever phase ran: recomputed from the solution.
        var total = projectCost + instance.Scenarios.Select((s, i) => s.Probability * scenarioCost[i]).Sum();
        var served = ExpectedDemandTonnes(instance)
            - instance.Scenarios.Select((s, i) => s.Probability * model.Scenarios[i].UnmetTonnes().Sum()).Sum();
        var bound = phase == Phase.Cost ? solver.Objective().BestBound() : double.NaN;
        return new InvestmentSolution(status, total, bound, built, starts, scenarioCost, clock.Elapsed, settings.Solver)
        {
            ExpectedServedTonnes = served,
        };
    }

    /// <summary>The model in free MPS format, for other solvers (CBC) to read.</summary>
    public static string ExportMps(InvestmentInstance instance, InvestmentSettings settings)
    {
        using var solver = Solver.CreateSolver(settings.Validated().Solver)
            ?? throw new InvalidOperationException($"OR-Tools has no solver '{settings.Solver}'");
        Build(solver, instance, settings, Phase.Cost, null);
        return solver.ExportModelAsMpsFormat(fixed_format: false, obfuscated: true);
    }

    private sealed record Model(Variable[] Y, Variable[][]? Start, FlowRows[] Scenarios);

    // Phase.Cost: minimise the expected annual total cost, optionally with expected unmet demand ≤ unmetCap.
    // Phase.Served: minimise expected unmet demand (t/yr), i.e. maximise expected demand served.
    private static Model Build(Solver solver, InvestmentInstance instance, InvestmentSettings settings, Phase phase, double? unmetCap)
    {
        var projects = instance.Projects;
        var y = projects.Select(_ => solver.MakeBoolVar("")).ToArray();
        var objective = solver.Objective();
        objective.SetMinimization();
        for (var p = 0; p < projects.Count; p++)
        {
            objective.SetCoefficient(y[p], projects[p].AnnualCostUsd);
            foreach (var q in projects[p].Requires)
                Row(solver, double.NegativeInfinity, 0, (y[p], 1), (y[q], -1));
            foreach (var q in projects[p].Excludes.Where(q => q > p || !projects[q].Excludes.Contains(p)))
                Row(solver, double.NegativeInfinity, 1, (y[p], 1), (y[q], 1));
        }
        if (settings.BudgetUsd is { } budget)
            Row(solver, double.NegativeInfinity, budget, y.Select((v, p) => (v, projects[p].CapexUsd)).ToArray());
        var start = settings.YearlyBudgetUsd is { } yearly ? Schedule(solver, projects, y, yearly, settings.HorizonYears) : null;
        var scenarios = instance.Scenarios.Select(s => FlowRows.WithBinaries(solver, s, y, s.Probability)).ToArray();
        if (phase == Phase.Served)
        {
            objective.Clear();
            objective.SetMinimization();
            foreach (var (rows, s) in scenarios.Zip(instance.Scenarios))
                rows.AddUnmetTerms(objective, s.Probability);
        }
        if (unmetCap is { } cap)
        {
            var row = solver.MakeConstraint(double.NegativeInfinity, cap, "");
            foreach (var (rows, s) in scenarios.Zip(instance.Scenarios))
                rows.AddUnmetTerms(row, s.Probability);
        }
        return new Model(y, start, scenarios);
    }

    // z[p][t] = 1 when project p starts in year t. A project runs t .. t+b−1 and spends capex/b a year;
    // it must finish within the horizon and start no earlier than the year its requirements finish.
    private static Variable[][] Schedule(Solver solver, IReadOnlyList<ProjectTerms> projects, Variable[] y, double yearly, int horizon)
    {
        var z = new Variable[projects.Count][];
        for (var p = 0; p < projects.Count; p++)
        {
            var latest = horizon - projects[p].BuildYears; // last feasible start year; < 0 = cannot finish
            z[p] = Enumerable.Range(0, Math.Max(0, latest + 1)).Select(_ => solver.MakeBoolVar("")).ToArray();
            Row(solver, 0, 0, z[p].Select(v => (v, 1.0)).Append((y[p], -1.0)).ToArray());
        }
        for (var year = 0; year < horizon; year++)
        {
            var terms = new List<(Variable, double)>();
            for (var p = 0; p < projects.Count; p++)
            {
                var b = projects[p].BuildYears;
                for (var t = 0; t < z[p].Length; t++)
                {
                    if (t <= year && year < t + b)
                        terms.Add((z[p][t], projects[p].CapexUsd / b));
                }
            }
            if (terms.Count > 0)
                Row(solver, double.NegativeInfinity, yearly, terms.ToArray());
        }
        for (var p = 0; p < projects.Count; p++)
        {
            // start_p ≥ start_q + b_q when p is built: Σt·z_p − Σ(t+b_q)·z_q + H(1 − y_p) ≥ 0.
            foreach (var q in projects[p].Requires)
            {
                var terms = z[p].Select((v, t) => (v, (double)t))
                    .Concat(z[q].Select((v, t) => (v, -(double)(t + projects[q].BuildYears))))
                    .Append((y[p], -(double)horizon)).ToArray();
                Row(solver, -horizon, double.PositiveInfinity, terms);
            }
        }
        return z;
    }

    private static void Row(Solver solver, double lb, double ub, params (Variable V, double C)[] terms)
    {
        var row = solver.MakeConstraint(lb, ub, "");
        foreach (var (v, c) in terms)
            row.SetCoefficient(v, row.GetCoefficient(v) + c);
    }

    private static InvestmentSolution Empty(InvestmentInstance instance, InvestmentStatus status, TimeSpan wall, string solver) =>
        new(status, double.NaN, double.NaN, new bool[instance.Projects.Count], null,
            instance.Scenarios.Select(_ => double.NaN).ToArray(), wall, solver);
}
