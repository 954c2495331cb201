using Caravan.Core.Risk;

namespace Caravan.Core.Tests.Risk;

public sealed class EuCrmMethodTests
{
    [Theory]
    [InlineData(2.5, 0.0)]
    [InlineData(-2.5, 10.0)]
    [InlineData(-0.29, 5.58)]
    [InlineData(1.35, 2.30)]
    public void ScaleWgi_EuRescaling_TenIsWeakestGovernance(double mean, double scaled) =>
        Assert.Equal(scaled, EuCrmMethod.ScaleWgi(mean), 9);

    [Fact]
    public void SupplyRisk_HandComputedExample_MatchesFormula()
    {
        // Global supply: A 60 % (WGI mean 0.5 → 4.0, t 1.1), B 40 % (mean −0.5 → 6.0):
        // HHI_GS = 0.36·4·1.1 + 0.16·6 = 1.584 + 0.96 = 2.544. Sourcing: C 100 % (mean 1.5 → 2.0): HHI_EU = 2.0.
        var global = new HhiWgi([new HhiWgiTerm("AA", 0.6, EuCrmMethod.ScaleWgi(0.5), 1.1), new HhiWgiTerm("BB", 0.4, EuCrmMethod.ScaleWgi(-0.5), 1.0)]);
        var sourcing = new HhiWgi([new HhiWgiTerm("CC", 1.0, EuCrmMethod.ScaleWgi(1.5), 1.0)]);
        Assert.Equal(2.544, global.Value!.Value, 12);

        // SR = (2.544·0.5/2 + 2.0·(1 − 0.5/2)) · (1 − 0.2) · 0.9 = (0.636 + 1.5) · 0.72 = 1.53792
        var risk = EuCrmMethod.Assess(SupplyStage.Processing, global, sourcing, importReliance: 0.5, eolRir: 0.2, siSr: 0.9);

        Assert.Equal(1.53792, risk.Sr!.Value, 12);
        Assert.Equal(1.53792, EuCrmMethod.SupplyRisk(2.544, 2.0, 0.5, 0.2, 0.9), 12);
    }

    [Fact]
    public void Assess_SingleProducer_SrIsScaledWgiTimesFactors()
    {
        var hhi = new HhiWgi([new HhiWgiTerm("CN", 1.0, 5.58, 1.0)]);

        var risk = EuCrmMethod.Assess(SupplyStage.Processing, hhi, null, importReliance: 0.98, eolRir: 0.0, siSr: 0.98);

        // One HHI only: it stands in for both terms, so IR cancels out: 5.58 · 1 · 0.98.
        Assert.Equal(5.58 * 0.98, risk.Sr!.Value, 12);
        Assert.True(risk.SourcingFromGlobal);
    }

    [Fact]
    public void Assess_UnknownWgi_IsAnIntervalNeverZeroRisk()
    {
        var hhi = new HhiWgi([new HhiWgiTerm("AA", 0.5, 4.0, 1.0), new HhiWgiTerm("XX", 0.5, null, 1.0)]);

        var risk = EuCrmMethod.Assess(SupplyStage.Extraction, hhi, null, 1.0, 0.0, 1.0);

        Assert.Null(hhi.Value);
        Assert.Equal(["XX"], hhi.MissingWgi);
        Assert.Null(risk.Sr);
        Assert.Equal(1.0, risk.SrLow!.Value, 12);  // 0.25·4
        Assert.Equal(3.5, risk.SrHigh!.Value, 12); // 0.25·4 + 0.25·10
    }

    [Fact]
    public void Assess_MissingSubstitutionIndex_IsNoData()
    {
        var hhi = new HhiWgi([new HhiWgiTerm("CN", 1.0, 5.58, 1.0)]);

        var risk = EuCrmMethod.Assess(SupplyStage.Extraction, hhi, null, 0.8, 0.01, siSr: null);

        Assert.False(risk.HasData);
        Assert.Null(risk.Sr);
        Assert.Equal("SI_SR not given", risk.NoDataReason);
    }

    [Fact]
    public void Assess_NoShares_IsNoData() =>
        Assert.False(EuCrmMethod.Assess(SupplyStage.Extraction, null, null, 1, 0, 1).HasData);

    [Theory]
    [InlineData(0.8, 1.9, 1.9, SupplyStage.Processing)]
    [InlineData(4.5, 3.7, 4.5, SupplyStage.Extraction)]
    [InlineData(0.1, 0.1, 0.1, SupplyStage.Extraction)]
    public void StageRule_TwoStages_TakesTheHigher(double e, double p, double sr, SupplyStage stage) =>
        Assert.Equal((sr, stage), EuCrmMethod.StageRule(e, p));

    [Fact]
    public void StageRule_OneStageMissing_TakesTheOther()
    {
        Assert.Equal((3.9, SupplyStage.Processing), EuCrmMethod.StageRule(null, 3.9));
        Assert.Equal((1.8, SupplyStage.Extraction), EuCrmMethod.StageRule(1.8, null));
        Assert.Null(EuCrmMethod.StageRule(null, null));
    }

    [Theory]
    [InlineData(1.0, 2.8, true)]
    [InlineData(0.9, 7.2, false)]
    [InlineData(5.0, 2.7, false)]
    [InlineData(1.2, 8.7, true)]
    public void IsCritical_Thresholds_SrOneAndEiTwoPointEight(double sr, double ei, bool critical) =>
        Assert.Equal(critical, EuCrmMethod.IsCritical(sr, ei));

    [Fact]
    public void EconomicImportance_HandComputed_ScalesByLargestSector()
    {
        // 60 % of use in a sector with value added 50, 40 % in one with 25; largest sector 100; SI_EI 0.9:
        // (0.6·50 + 0.4·25) · 10 / 100 · 0.9 = 40 · 0.1 · 0.9 = 3.6
        Assert.Equal(3.6, EuCrmMethod.EconomicImportance([(0.6, 50), (0.4, 25)], 100, 0.9), 12);
    }

    [Fact]
    public void Criticality_IntervalStraddlingThreshold_IsUndetermined()
    {
        var verdict = new Criticality("x", (0.8, 1.3), null, 5.0);

        Assert.Null(verdict.Critical);
        Assert.Null(verdict.Sr);
        Assert.Equal(0.8, verdict.SrLow);
        Assert.Equal(1.3, verdict.SrHigh);
    }

    [Fact]
    public void Criticality_NoEi_IsUndetermined() =>
        Assert.Null(Criticality.FromStages("x", 2.0, null, null).Critical);
}
