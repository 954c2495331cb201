namespace Caravan.Questions;

/// <summary>
/// How much one question may ask for. The command line and the server ask the same questions under
/// the same limits; a server may lower the run length and the replications in its settings.
/// </summary>
public sealed record QuestionLimits
{
    /// <summary>The limits both hosts use unless configured otherwise.</summary>
    public static QuestionLimits Default { get; } = new();

    /// <summary>Largest shipment a route question may price, t.</summary>
    public double MaxTonnes { get; init; } = 1e7;

    /// <summary>Most alternatives one route question may ask for: past ten, Yen's alternatives are near-copies and cost the server more than they tell.</summary>
    public int MaxAlternatives { get; init; } = 10;

    /// <summary>Longest door-to-door time a route question may bound, days.</summary>
    public double MaxRouteDays { get; init; } = 3650;

    /// <summary>Longest flow period, days.</summary>
    public double MaxPeriodDays { get; init; } = 3650;

    /// <summary>Most scenario sets one flow comparison may solve.</summary>
    public int MaxCompared { get; init; } = 8;

    /// <summary>Most Monte Carlo replications of a simulation or an investment check.</summary>
    public int MaxReplications { get; init; } = 100_000;

    /// <summary>Longest simulated horizon, days.</summary>
    public double MaxHorizonDays { get; init; } = 3650;

    /// <summary>Longest investment horizon, years.</summary>
    public int MaxHorizonYears { get; init; } = 50;

    /// <summary>Most budgets one investment sweep may solve.</summary>
    public int MaxSweepSolves { get; init; } = 200;

    /// <summary>Longest a solver may run, seconds; null = no limit (the command line), a server sets its run-length limit.</summary>
    public double? MaxRunSeconds { get; init; }
}
