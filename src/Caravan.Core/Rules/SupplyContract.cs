namespace Caravan.Core.Rules;

/// <summary>
/// One row of <c>contracts.csv</c>: a supplier node committed to ship a commodity to a buyer node at so
/// many tonnes a year between two dates (an offtake agreement).
/// </summary>
public sealed record SupplyContract
{
    /// <summary>Unique slug.</summary>
    public required string Id { get; init; }

    /// <summary>The node that ships (a supply node of the commodity).</summary>
    public required string Supplier { get; init; }

    /// <summary>The node that receives (a demand node of the commodity).</summary>
    public required string Buyer { get; init; }

    /// <summary>The commodity.</summary>
    public required string Commodity { get; init; }

    /// <summary>Contracted tonnes a year.</summary>
    public required double TonnesPerYear { get; init; }

    /// <summary>First day in force.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>First day no longer in force; null = open-ended.</summary>
    public DateOnly? End { get; init; }

    /// <summary>The source.</summary>
    public required string Source { get; init; }

    /// <summary>Free text.</summary>
    public string Notes { get; init; } = "";

    /// <summary>True when in force on <paramref name="day"/>.</summary>
    public bool InForce(DateOnly day) => Start <= day && (End is null || day < End.Value);
}
