namespace Caravan.Questions.Investment;

/// <summary>
/// An investment question as text: the body of <c>POST /api/invest</c> and the options of
/// <c>caravan invest</c>. Every field is optional.
/// </summary>
public sealed record InvestFields
{
    /// <summary>Total capex budget, US$; null = no limit.</summary>
    public double? Budget { get; init; }

    /// <summary>Capex that may be spent in any one year, US$; null = no yearly limit.</summary>
    public double? YearlyBudget { get; init; }

    /// <summary>Years within which projects must finish under a yearly budget (default 10).</summary>
    public int? Horizon { get; init; }

    /// <summary>Weighted scenarios, each <c>name[+name...][@probability]</c>; none = the dataset's scenarios, baseline 0.5 and the others sharing 0.5.</summary>
    public IReadOnlyList<string>? Scenarios { get; init; }

    /// <summary>Budgets for the frontier; null = no sweep.</summary>
    public InvestSweep? Sweep { get; init; }

    /// <summary><c>cost</c> (default) or <c>served</c>.</summary>
    public string? Objective { get; init; }

    /// <summary>Replications of the final Monte Carlo check (default 200; 0 skips it).</summary>
    public int? CheckRuns { get; init; }

    /// <summary>Root seed of the check (default 1).</summary>
    public long? Seed { get; init; }

    /// <summary>MIP backend: SCIP (default), CBC, CP_SAT or HIGHS.</summary>
    public string? Solver { get; init; }
}
