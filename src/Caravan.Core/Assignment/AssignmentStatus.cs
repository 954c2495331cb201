namespace Caravan.Core.Assignment;

/// <summary>Why an assignment stopped. Every status but <see cref="Infeasible"/> comes with a feasible flow (all demand loaded).</summary>
public enum AssignmentStatus
{
    /// <summary>The relative gap reached the target.</summary>
    Converged,

    /// <summary>The iteration limit came first.</summary>
    IterationLimit,

    /// <summary>The time limit came first.</summary>
    TimeLimit,

    /// <summary>The caller cancelled.</summary>
    Cancelled,

    /// <summary>Some demand has no usable path (<see cref="AssignmentResult.Unreachable"/> lists it); nothing was assigned.</summary>
    Infeasible,
}
