namespace Caravan.Core.Risk;

/// <summary>How a risk assessment reads its data.</summary>
public sealed record RiskOptions
{
    /// <summary>The date that decides which export restrictions are in force.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Production data year; null = the latest year not wholly estimated.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// True: a restriction in force on <see cref="AsOf"/> raises its country's trade parameter to the
    /// restriction's value. False: only the EU 2023 trade parameters (to reproduce the published method).
    /// </summary>
    public bool ApplyRestrictions { get; init; } = true;
}
