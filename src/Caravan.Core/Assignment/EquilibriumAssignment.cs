namespace Caravan.Core.Assignment;

/// <summary>
/// Static traffic assignment: spreads every class's demand over the network so that (user
/// equilibrium) no trip can lower its cost by changing route, or (system optimum) total cost is
/// least. The entry point; the algorithms are internal (see docs/assignment.md).
/// </summary>
public static class EquilibriumAssignment
{
    /// <summary>
    /// Solves <paramref name="problem"/>. Checks cancellation and the time limit inside its loops and
    /// returns the flow reached so far with the reason it stopped; reports progress once per iteration.
    /// </summary>
    /// <exception cref="ArgumentException">A class whose arrays do not match the network, a negative fixed cost, a warm start from another network, or a gap target that is not positive.</exception>
    public static AssignmentResult Solve(AssignmentProblem problem, AssignmentOptions? options = null,
        IProgress<AssignmentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new AssignmentOptions();
        if (problem.Classes.Count == 0)
            throw new ArgumentException("an assignment needs at least one class", nameof(problem));
        if (!(options.RelativeGap >= 0))
            throw new ArgumentException("the relative gap target must be non-negative", nameof(options));
        if (options.MaxIterations < 0)
            throw new ArgumentException("the iteration limit must be non-negative", nameof(options));
        return options.Method switch
        {
            AssignmentMethod.FrankWolfe => new FrankWolfe(problem, options, progress, cancellationToken).Run(),
            _ => new AlgorithmB(problem, options, progress, cancellationToken).Run(),
        };
    }
}
