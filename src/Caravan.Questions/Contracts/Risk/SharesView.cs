using Caravan.Core.Risk;

namespace Caravan.Questions.Contracts;

/// <summary>Countries' shares of a quantity and its Herfindahl–Hirschman index.</summary>
/// <param name="Hhi">HHI, 0–1.</param>
/// <param name="HhiPoints">HHI, 0–10,000.</param>
/// <param name="Total">Total quantity.</param>
/// <param name="UnattributedShare">Share not itemised by country.</param>
/// <param name="Shares">By country.</param>
public sealed record SharesView(double Hhi, double HhiPoints, double Total, double UnattributedShare, IReadOnlyList<ShareView> Shares)
{
    /// <summary>The contract of <paramref name="c"/>; null for null.</summary>
    public static SharesView? Of(Concentration? c) => c is null ? null
        : new(c.Hhi, c.HhiPoints, c.Total, c.UnattributedShare, [.. c.Shares.Select(s => new ShareView(s.Country, s.Quantity, s.Share))]);
}
