using Caravan.Core.Risk;

namespace Caravan.Questions.Contracts;

/// <summary>The governance-weighted concentration index HHI_WGI,t with its terms; a range where WGI values are missing.</summary>
/// <param name="Value">The index; null when a WGI value is missing.</param>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
/// <param name="MissingWgi">Countries without a WGI value.</param>
/// <param name="MissingShare">Their share of supply.</param>
/// <param name="Terms">One term per country.</param>
public sealed record HhiView(double? Value, double Low, double High, IReadOnlyList<string> MissingWgi, double MissingShare, IReadOnlyList<HhiTermView> Terms)
{
    /// <summary>The contract of <paramref name="h"/>; null for null.</summary>
    public static HhiView? Of(HhiWgi? h) => h is null ? null
        : new(h.Value, h.Low, h.High, h.MissingWgi, h.MissingShare, [.. h.Terms.Select(t => new HhiTermView(t.Country, t.Share, t.WgiScaled, t.TradeParameter, t.Value))]);
}
