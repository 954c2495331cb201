using Caravan.Core.Network;
using Caravan.Core.Risk;

namespace Caravan.Questions.Contracts;

/// <summary>The EU CRM supply-risk formula for one stage, with its inputs.</summary>
/// <param name="Stage">extraction or processing.</param>
/// <param name="Sr">SR; null when a bound is open.</param>
/// <param name="SrLow">SR lower bound.</param>
/// <param name="SrHigh">SR upper bound.</param>
/// <param name="NoData">Why SR is missing.</param>
/// <param name="ImportReliance">Import reliance, 0–1.</param>
/// <param name="EolRir">End-of-life recycling input rate, 0–1.</param>
/// <param name="SiSr">Substitution index for supply risk.</param>
/// <param name="SourcingFromGlobal">True when the sourcing term fell back to world supply.</param>
/// <param name="HhiWgiGlobal">HHI_WGI,t of world supply.</param>
/// <param name="HhiWgiSourcing">HHI_WGI,t of the sourcing.</param>
public sealed record StageRiskView(string Stage, double? Sr, double? SrLow, double? SrHigh, string? NoData, double? ImportReliance, double? EolRir, double? SiSr, bool SourcingFromGlobal, HhiView? HhiWgiGlobal, HhiView? HhiWgiSourcing)
{
    /// <summary>The contract of <paramref name="s"/>.</summary>
    public static StageRiskView Of(StageRisk s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(SnakeCase.Name(s.Stage), s.Sr, s.SrLow, s.SrHigh, s.NoDataReason, s.ImportReliance, s.EolRir, s.SiSr, s.SourcingFromGlobal,
            HhiView.Of(s.Global), HhiView.Of(s.Sourcing));
    }
}
