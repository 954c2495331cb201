namespace Caravan.Core.Assignment;

/// <summary>Assembles an <see cref="AssignmentResult"/> from the flows an algorithm ends with.</summary>
internal static class Results
{
    /// <summary>The result for class flows <paramref name="classFlow"/>; totals, times, objective and TSTT are computed here from the problem's functions.</summary>
    public static AssignmentResult Of(AssignmentProblem problem, AssignmentOptions options, AssignmentStatus status, Gap gap, int iterations,
        TimeSpan elapsed, double[][] classFlow, int threads, AssignmentWarmStart? warmStart)
    {
        var network = problem.Network;
        var m = network.ArcCount;
        var flow = new double[m];
        foreach (var perClass in classFlow)
        {
            for (var a = 0; a < m; a++)
                flow[a] += perClass[a];
        }
        var time = new double[m];
        var integral = 0.0;
        var timeTotal = 0.0;
        for (var a = 0; a < m; a++)
        {
            var delay = network.Delay[a];
            time[a] = delay.Time(flow[a]);
            integral += delay.Integral(flow[a]);
            timeTotal += flow[a] * time[a];
        }
        var fixedTotal = 0.0;
        var classCost = new double[problem.Classes.Count][];
        for (var k = 0; k < problem.Classes.Count; k++)
        {
            var travelClass = problem.Classes[k];
            classCost[k] = new double[m];
            for (var a = 0; a < m; a++)
            {
                var fixedCost = travelClass.FixedCost?[a] ?? 0;
                fixedTotal += classFlow[k][a] * fixedCost;
                var allowed = travelClass.AllowedArcs?[a] ?? true;
                classCost[k][a] = allowed ? time[a] + fixedCost : double.PositiveInfinity;
            }
        }
        var systemOptimum = options.Objective == AssignmentObjective.SystemOptimum;
        return new AssignmentResult
        {
            Status = status,
            Objective = options.Objective,
            RelativeGap = gap.Relative,
            ObjectiveValue = (systemOptimum ? timeTotal : integral) + fixedTotal,
            Tstt = timeTotal + fixedTotal,
            Sptt = gap.Sptt,
            Iterations = iterations,
            Elapsed = elapsed,
            ArcFlow = flow,
            ArcTime = time,
            ClassArcFlow = classFlow,
            ClassArcCost = classCost,
            Threads = threads,
            WarmStart = warmStart,
        };
    }

    /// <summary>The result when some demand cannot be routed: no flow, no gap.</summary>
    public static AssignmentResult Infeasible(AssignmentProblem problem, AssignmentOptions options, IReadOnlyList<UnreachableDemand> unreachable, TimeSpan elapsed)
    {
        var m = problem.Network.ArcCount;
        return new AssignmentResult
        {
            Status = AssignmentStatus.Infeasible,
            Objective = options.Objective,
            RelativeGap = double.NaN,
            ObjectiveValue = double.NaN,
            Tstt = double.NaN,
            Sptt = double.NaN,
            Iterations = 0,
            Elapsed = elapsed,
            ArcFlow = new double[m],
            ArcTime = problem.Network.Delay.Select(d => d.Time(0)).ToArray(),
            ClassArcFlow = problem.Classes.Select(_ => new double[m]).ToArray(),
            ClassArcCost = problem.Classes.Select(_ => new double[m]).ToArray(),
            Threads = 1,
            Unreachable = unreachable,
        };
    }
}
