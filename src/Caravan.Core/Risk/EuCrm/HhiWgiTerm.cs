namespace Caravan.Core.Risk;

/// <summary>One country's term <c>share² · WGI · t</c> of a WGI-weighted HHI.</summary>
/// <param name="Country">ISO alpha-2 code.</param>
/// <param name="Share">Share of supply, 0–1.</param>
/// <param name="WgiScaled">The country's WGI on the EU 0–10 scale (10 = weakest governance); null = no data.</param>
/// <param name="TradeParameter">The trade parameter <c>t</c>.</param>
public sealed record HhiWgiTerm(string Country, double Share, double? WgiScaled, double TradeParameter)
{
    /// <summary>The term's value; null when the WGI is unknown.</summary>
    public double? Value => WgiScaled is { } w ? Share * Share * w * TradeParameter : null;
}
