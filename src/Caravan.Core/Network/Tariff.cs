namespace Caravan.Core.Network;

/// <summary>
/// A freight rate per tonne-kilometre for one mode in one country: a railway's (or road haulage's)
/// tariff. A link that leaves <c>cost_usd_per_t</c> empty is priced from the tariffs of the
/// countries it crosses.
/// </summary>
public sealed record Tariff
{
    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public required string Country { get; init; }

    /// <summary>The mode it prices.</summary>
    public required Mode Mode { get; init; }

    /// <summary>Rate, US$ per tonne-km.</summary>
    public required double UsdPerTonneKm { get; init; }

    /// <summary>The railway or carrier whose tariff it is (KTZ, ADY...).</summary>
    public string Operator { get; init; } = "";

    /// <summary>Year the rate applies to; null = not given.</summary>
    public int? Year { get; init; }

    /// <summary>True when the rate is an estimate rather than a published tariff.</summary>
    public bool Estimate { get; init; }

    /// <summary>Free text: source or derivation.</summary>
    public string Notes { get; init; } = "";
}
