namespace Caravan.Core.Assignment;

/// <summary>The algorithm that solves the assignment.</summary>
public enum AssignmentMethod
{
    /// <summary>Dial's Algorithm B (2006): origin-based bushes equilibrated by Newton flow shifts; converges to tight gaps.</summary>
    AlgorithmB,

    /// <summary>Frank–Wolfe (link-based, all-or-nothing directions and a line search): a baseline only; slow to tight gaps.</summary>
    FrankWolfe,
}
