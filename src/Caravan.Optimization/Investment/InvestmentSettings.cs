namespace Caravan.Optimization.Investment;

/// <summary>Budgets and solver choices for one investment solve.</summary>
public sealed record InvestmentSettings
{
    /// <summary>Total capex the portfolio may spend, US$; null = no limit.</summary>
    public double? BudgetUsd { get; init; }

    /// <summary>Capex that may be spent in any one year, US$; null = no yearly limit (and no schedule is built).</summary>
    public double? YearlyBudgetUsd { get; init; }

    /// <summary>Years within which every chosen project must be finished when a yearly budget applies. Default 10.</summary>
    public int HorizonYears { get; init; } = 10;

    /// <summary>What to optimise. Default: the expected annual total cost.</summary>
    public InvestmentObjective Objective { get; init; } = InvestmentObjective.Cost;

    /// <summary>OR-Tools MIP backend: SCIP (default; measured in docs/performance.md), CBC, CP_SAT or HIGHS.</summary>
    public string Solver { get; init; } = "SCIP";

    /// <summary>Wall-clock limit; null = none.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>
    /// Interrupts a solve under way (a cancelled server run): SCIP and CP-SAT stop and return what they
    /// have, CBC and HiGHS ignore it and run on to their time limit (measured, docs/server.md). Callers
    /// check the token afterwards.
    /// </summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Relative optimality gap at which the solver may stop. Default 1e-7.</summary>
    public double RelativeGap { get; init; } = 1e-7;

    /// <summary>Checks the invariants; throws <see cref="ArgumentOutOfRangeException"/> on a bad value.</summary>
    public InvestmentSettings Validated()
    {
        if (BudgetUsd is < 0)
            throw new ArgumentOutOfRangeException(nameof(BudgetUsd), "a budget is not negative");
        if (YearlyBudgetUsd is < 0)
            throw new ArgumentOutOfRangeException(nameof(YearlyBudgetUsd), "a yearly budget is not negative");
        if (HorizonYears < 1)
            throw new ArgumentOutOfRangeException(nameof(HorizonYears), "the horizon is at least one year");
        if (!(RelativeGap >= 0))
            throw new ArgumentOutOfRangeException(nameof(RelativeGap), "the gap is not negative");
        return this;
    }
}
