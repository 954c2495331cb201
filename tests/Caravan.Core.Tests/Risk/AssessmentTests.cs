using Caravan.Core.Risk;

namespace Caravan.Core.Tests.Risk;

public sealed class AssessmentTests
{
    private static readonly MineralsData Minerals = MineralsReader.BuiltIn();

    private static RiskAssessment Assessment(bool restrictions = true) =>
        RiskAssessment.For(null, Minerals, new RiskOptions { AsOf = new DateOnly(2026, 11, 29), ApplyRestrictions = restrictions });

    [Fact]
    public void Assess_UnknownMineral_IsNoDataNeverZero()
    {
        var risk = Assessment().Assess("unobtainium");

        Assert.False(risk.HasData);
        Assert.Empty(risk.Stages);
        Assert.Null(risk.Global.SrLow);
        Assert.Null(risk.Global.Critical);
    }

    [Fact]
    public void Assess_Uranium_NotAssessedByEu_HhiButNoSr()
    {
        var risk = Assessment().Assess("uranium");

        var stage = Assert.Single(risk.Stages);
        Assert.NotNull(stage.Production);
        Assert.False(stage.Global.HasData);
        Assert.Null(risk.Global.Critical);
    }

    [Fact]
    public void Assess_RestrictionInForce_RaisesChinasTradeParameter()
    {
        var withRestrictions = Assessment().Assess("gallium").Global.Sr!.Value;
        var without = Assessment(restrictions: false).Assess("gallium").Global.Sr!.Value;

        // China's licence (t = 1.1) multiplies its dominant term; the small RU and JP terms are unchanged.
        Assert.True(withRestrictions > without * 1.09 && withRestrictions < without * 1.1);
    }

    [Fact]
    public void Assess_JapanGallium_ImportRelianceFromDomesticShare()
    {
        var stage = Assessment().Assess("gallium", "JP").SourcedStage!;

        Assert.Equal(1 - 70.0 / 167.0, stage.Importer!.ImportReliance!.Value, 12);
        Assert.False(stage.Sourcing!.ImportRelianceAssumed);
        Assert.True(stage.Importer.SrLow < stage.Global.SrLow);
    }

    [Fact]
    public void Assess_TradeParameter_EuValueUnlessRestrictionIsHigher()
    {
        var a = Assessment();

        Assert.Equal(1.2, a.TradeParameter("tungsten", SupplyStage.Extraction, "VN", HhiScope.Global, null));
        Assert.Equal(1.1, a.TradeParameter("tungsten", SupplyStage.Extraction, "CN", HhiScope.Global, null));
        Assert.Equal(1.0, a.TradeParameter("tungsten", SupplyStage.Extraction, "AT", HhiScope.Global, null));
        Assert.Equal(1.1, a.TradeParameter("gallium", SupplyStage.Processing, "CN", HhiScope.Global, null));
        Assert.Equal(1.0, Assessment(restrictions: false).TradeParameter("gallium", SupplyStage.Processing, "CN", HhiScope.Global, null));
    }
}
