namespace Caravan.Core.Risk;

/// <summary>
/// The WGI-weighted, trade-adjusted HHI of the EU method, <c>Σ_c S_c² · WGI_c · t_c</c> (shares as fractions,
/// WGI on the 0–10 scale). A country without WGI data is never counted as zero risk: the index becomes an
/// interval whose low end gives the unknown countries the best governance (0) and whose high end the worst (10).
/// </summary>
public sealed record HhiWgi
{
    /// <summary>Computes the index from its terms.</summary>
    public HhiWgi(IReadOnlyList<HhiWgiTerm> terms)
    {
        Terms = terms.OrderByDescending(t => t.Value ?? double.MaxValue).ThenBy(t => t.Country, StringComparer.Ordinal).ToArray();
        Low = terms.Sum(t => t.Value ?? 0);
        High = terms.Sum(t => t.Value ?? t.Share * t.Share * EuCrmMethod.WorstWgi * t.TradeParameter);
        MissingWgi = terms.Where(t => t.WgiScaled is null).Select(t => t.Country).Order(StringComparer.Ordinal).ToArray();
        MissingShare = terms.Where(t => t.WgiScaled is null).Sum(t => t.Share);
    }

    /// <summary>Terms, largest first (unknown ones first of all, so they are seen).</summary>
    public IReadOnlyList<HhiWgiTerm> Terms { get; }

    /// <summary>Lower bound (unknown WGI taken as 0).</summary>
    public double Low { get; }

    /// <summary>Upper bound (unknown WGI taken as 10).</summary>
    public double High { get; }

    /// <summary>Countries whose WGI is unknown.</summary>
    public IReadOnlyList<string> MissingWgi { get; }

    /// <summary>Their combined share of supply.</summary>
    public double MissingShare { get; }

    /// <summary>True when every country's WGI is known.</summary>
    public bool Complete => MissingWgi.Count == 0;

    /// <summary>The index, or null when some WGI is unknown (see <see cref="Low"/>/<see cref="High"/>).</summary>
    public double? Value => Complete ? Low : null;
}
