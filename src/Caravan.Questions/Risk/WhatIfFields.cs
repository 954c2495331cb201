namespace Caravan.Questions.Risk;

/// <summary>
/// An importer's what-if as text: the query of <c>GET /api/risk/whatif</c> and the options of
/// <c>caravan risk whatif</c>. Each change list is comma-separated (repeated options on the command line).
/// </summary>
public sealed record WhatIfFields
{
    /// <summary>The mineral.</summary>
    public string? Mineral { get; init; }

    /// <summary>The importer, ISO alpha-2 or EU.</summary>
    public string? Importer { get; init; }

    /// <summary>Sources to add: <c>KZ:15</c> (t/yr) or <c>KZ:10%</c> (of today's total).</summary>
    public string? Add { get; init; }

    /// <summary>Origins to drop from the importer's mix.</summary>
    public string? Remove { get; init; }

    /// <summary>Countries whose exports stop (from the mix and from world supply).</summary>
    public string? Ban { get; init; }

    /// <summary>Origins whose amount or share to set: <c>CN:30</c> or <c>CN:20%</c>.</summary>
    public string? Set { get; init; }

    /// <summary>Production data year.</summary>
    public int? Year { get; init; }

    /// <summary>As-of date, yyyy-mm-dd; default today.</summary>
    public string? AsOf { get; init; }
}
