using Caravan.Core.Network;
using Caravan.Core.Risk;

namespace Caravan.Cli.Commands;

/// <summary>The JSON shapes of risk results (field names are a contract: see docs/risk.md).</summary>
internal static class RiskJson
{
    public static object Stage(StageRisk s) => new
    {
        stage = SnakeCase.Name(s.Stage),
        sr = s.Sr,
        srLow = s.SrLow,
        srHigh = s.SrHigh,
        noData = s.NoDataReason,
        importReliance = s.ImportReliance,
        eolRir = s.EolRir,
        siSr = s.SiSr,
        sourcingFromGlobal = s.SourcingFromGlobal,
        hhiWgiGlobal = Hhi(s.Global),
        hhiWgiSourcing = Hhi(s.Sourcing),
    };

    public static object? Hhi(HhiWgi? h) => h is null ? null : new
    {
        value = h.Value,
        low = h.Low,
        high = h.High,
        missingWgi = h.MissingWgi,
        missingShare = h.MissingShare,
        terms = h.Terms.Select(t => new { country = t.Country, share = t.Share, wgiScaled = t.WgiScaled, tradeParameter = t.TradeParameter, value = t.Value }).ToArray(),
    };

    public static object? Shares(Concentration? c) => c is null ? null : new
    {
        hhi = c.Hhi,
        hhiPoints = c.HhiPoints,
        total = c.Total,
        unattributedShare = c.UnattributedShare,
        shares = c.Shares.Select(s => new { country = s.Country, quantity = s.Quantity, share = s.Share }).ToArray(),
    };
}
