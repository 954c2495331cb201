namespace Caravan.Optimization.Flows;

/// <summary>
/// What a solver returned, in the problem's dense indices: flows, shipped supply and unmet demand in
/// tonnes over the period, the cost in US$, and the capacity duals as US$ saved per extra tonne of
/// capacity over the period (≥ 0; zero where a capacity does not bind).
/// </summary>
public sealed class FlowSolution
{
    /// <summary>Assembles a solution; the adapters are the usual source.</summary>
    public FlowSolution(FlowStatus status, string solver, string message, double objective, double? bestBound,
        double[][] flow, double[][] shipped, double[][] unmet, double[]? arcDual, double[]? nodeDual, TimeSpan solveTime)
    {
        Status = status;
        Solver = solver;
        Message = message;
        Objective = objective;
        BestBound = bestBound;
        Flow = flow;
        Shipped = shipped;
        Unmet = unmet;
        ArcDual = arcDual;
        NodeDual = nodeDual;
        SolveTime = solveTime;
    }

    /// <summary>How the solve ended.</summary>
    public FlowStatus Status { get; }

    /// <summary>The solver that ran ("network simplex", "or-tools min-cost flow", "HIGHS"...).</summary>
    public string Solver { get; }

    /// <summary>Why, in words, for anything but an optimum; notes on scaling otherwise.</summary>
    public string Message { get; }

    /// <summary>Total cost, US$ (freight, handling, time, CO2, risk and penalties); NaN without a flow.</summary>
    public double Objective { get; }

    /// <summary>A lower bound on the optimum when the solver gives one (time limit), US$.</summary>
    public double? BestBound { get; }

    /// <summary>Tonnes on each arc, <c>Flow[commodity][arc]</c>.</summary>
    public double[][] Flow { get; }

    /// <summary>Tonnes shipped from each supply, <c>Shipped[commodity][supply index]</c>.</summary>
    public double[][] Shipped { get; }

    /// <summary>Tonnes of each demand left unmet, <c>Unmet[commodity][demand index]</c>.</summary>
    public double[][] Unmet { get; }

    /// <summary>US$ saved per extra tonne of each arc's capacity over the period; null when not computed.</summary>
    public double[]? ArcDual { get; }

    /// <summary>US$ saved per extra tonne of each node's capacity over the period; null when not computed.</summary>
    public double[]? NodeDual { get; }

    /// <summary>Time in the solver, duals included (building the primal model excluded).</summary>
    public TimeSpan SolveTime { get; }

    /// <summary>True when there is a flow to read (optimal, or the best found at the time limit).</summary>
    public bool HasFlow => Status == FlowStatus.Optimal || (Status == FlowStatus.TimeLimit && double.IsFinite(Objective));

    /// <summary>A result with no flow, for failures.</summary>
    public static FlowSolution Failed(FlowProblem problem, FlowStatus status, string solver, string message, TimeSpan time) =>
        new(status, solver, message, double.NaN, null,
            problem.Commodities.Select(_ => new double[problem.ArcCount]).ToArray(),
            problem.Commodities.Select(k => new double[k.Supply.Count]).ToArray(),
            problem.Commodities.Select(k => k.Demand.Select(d => d.Tonnes).ToArray()).ToArray(),
            null, null, time);
}
