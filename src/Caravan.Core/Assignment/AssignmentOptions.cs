namespace Caravan.Core.Assignment;

/// <summary>How to solve an assignment, and when to stop.</summary>
public sealed record AssignmentOptions
{
    /// <summary>User equilibrium (default) or system optimum.</summary>
    public AssignmentObjective Objective { get; init; } = AssignmentObjective.UserEquilibrium;

    /// <summary>Algorithm B (default) or the Frank–Wolfe baseline.</summary>
    public AssignmentMethod Method { get; init; } = AssignmentMethod.AlgorithmB;

    /// <summary>Stop when the relative gap (TSTT − SPTT) / TSTT is at or below this (default 1e-6).</summary>
    public double RelativeGap { get; init; } = 1e-6;

    /// <summary>Stop after this many iterations (default 10,000).</summary>
    public int MaxIterations { get; init; } = 10_000;

    /// <summary>Stop after this long, with the best flow so far; null = no limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>
    /// Threads for the parts that run origin by origin in parallel; null = every core. The result is
    /// identical for every value (see docs/assignment.md).
    /// </summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// What to do with demand that has no usable path: false (default) stops with
    /// <see cref="AssignmentStatus.Infeasible"/>; true leaves it out, assigns the rest and lists it in
    /// <see cref="AssignmentResult.Unreachable"/>.
    /// </summary>
    public bool SkipUnreachableDemand { get; init; }

    /// <summary>A previous solution of a problem on the same network and classes to start from; null = start from shortest paths at free flow.</summary>
    public AssignmentWarmStart? WarmStart { get; init; }
}
