namespace Caravan.Questions.Risk;

/// <summary>A supply-risk question as text: the query of <c>GET /api/risk</c> and the options of <c>caravan risk</c>.</summary>
public sealed record RiskFields
{
    /// <summary>Importer whose sourcing to assess: ISO alpha-2 (JP) or EU; none for world supply only.</summary>
    public string? Importer { get; init; }

    /// <summary>Minerals, comma-separated; default all with data.</summary>
    public string? Mineral { get; init; }

    /// <summary>Production data year; default the latest year not wholly estimated.</summary>
    public int? Year { get; init; }

    /// <summary>Date (yyyy-mm-dd) that decides which export restrictions are in force; default today.</summary>
    public string? AsOf { get; init; }
}
