namespace Caravan.Core.Risk;

/// <summary>
/// Country shares of a supply and its Herfindahl–Hirschman index. Unattributed supply (<c>other</c>)
/// counts in the total but not in the index: it is many small producers the source does not itemise,
/// whose squared shares are negligible; its share is reported so the reader can judge.
/// </summary>
public sealed record Concentration
{
    private Concentration(IReadOnlyList<CountryShare> shares, double total)
    {
        Shares = shares;
        Total = total;
        Hhi = shares.Where(s => !IsUnattributed(s.Country)).Sum(s => s.Share * s.Share);
        UnattributedShare = shares.Where(s => IsUnattributed(s.Country)).Sum(s => s.Share);
    }

    /// <summary>Shares, largest first (ties by country code).</summary>
    public IReadOnlyList<CountryShare> Shares { get; }

    /// <summary>Sum of the quantities.</summary>
    public double Total { get; }

    /// <summary>HHI on the 0–1 scale (Σ share²); 1 = a single producer.</summary>
    public double Hhi { get; }

    /// <summary>HHI on the 0–10,000 scale used by competition authorities (shares in %).</summary>
    public double HhiPoints => Hhi * 10_000;

    /// <summary>Share of the total with no attributed country.</summary>
    public double UnattributedShare { get; }

    /// <summary>The share of <paramref name="country"/> (0 when absent).</summary>
    public double ShareOf(string country) =>
        Shares.FirstOrDefault(s => string.Equals(s.Country, country, StringComparison.OrdinalIgnoreCase))?.Share ?? 0;

    /// <summary>
    /// Shares of the given quantities; null when they sum to zero (no data — never a zero HHI).
    /// Quantities of the same country are added.
    /// </summary>
    public static Concentration? Of(IEnumerable<(string Country, double Quantity)> quantities)
    {
        var byCountry = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var (country, quantity) in quantities)
        {
            if (quantity < 0 || !double.IsFinite(quantity))
                throw new ArgumentOutOfRangeException(nameof(quantities), $"quantity of {country} must be finite and not negative");
            byCountry[country] = byCountry.GetValueOrDefault(country) + quantity;
        }
        var total = byCountry.Values.Sum();
        if (total <= 0)
            return null;
        var shares = byCountry
            .Select(kv => new CountryShare(kv.Key, kv.Value, kv.Value / total))
            .OrderByDescending(s => s.Share).ThenBy(s => s.Country, StringComparer.Ordinal)
            .ToArray();
        return new Concentration(shares, total);
    }

    /// <summary>True for the code of unattributed supply.</summary>
    public static bool IsUnattributed(string country) =>
        string.Equals(country, MineralsData.Unattributed, StringComparison.OrdinalIgnoreCase);
}
