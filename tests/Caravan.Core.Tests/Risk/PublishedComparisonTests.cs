using Caravan.Core.Risk;

namespace Caravan.Core.Tests.Risk;

/// <summary>
/// Our SR from USGS shares and 2023 WGI against the published EU 2023 SR. The numbers here are the ones
/// docs/risk.md reports; inputs are not tuned (EU 2023 trade parameters only, no restrictions).
/// </summary>
public sealed class PublishedComparisonTests
{
    private static readonly PublishedComparison Comparison = PublishedComparison.Compare(
        RiskAssessment.For(null, MineralsReader.BuiltIn(), new RiskOptions { AsOf = new DateOnly(2026, 11, 29), ApplyRestrictions = false }));

    [Fact]
    public void Compare_BuiltInData_SpearmanAndAgreementAsDocumented()
    {
        Assert.Equal(5, Comparison.Pairs);
        Assert.Equal(0.7, Comparison.Spearman!.Value, 9);
        Assert.Equal(4, Comparison.Agreements);
        Assert.Equal(5, Comparison.Classified);
    }

    [Theory]
    [InlineData("gallium", 5.353, 3.9)]
    [InlineData("titanium", 2.647, 1.6)]
    [InlineData("tungsten", 2.317, 1.2)]
    [InlineData("antimony", 1.207, 1.8)]
    [InlineData("chromium", 1.062, 0.7)]
    public void Compare_BuiltInData_OurSrAsDocumented(string mineral, double ours, double published)
    {
        var row = Comparison.Rows.Single(r => r.Mineral == mineral);

        Assert.Equal(ours, row.OurSr!.Value, 3);
        Assert.Equal(published, row.PublishedSr!.Value, 9);
    }

    [Fact]
    public void Compare_RareEarths_NoSubstitutionIndex_IsNoDataNotZero()
    {
        var row = Comparison.Rows.Single(r => r.Mineral == "rare-earths");

        Assert.Null(row.OurSr);
        Assert.Null(row.OurCritical);
        Assert.Contains("SI_SR not given", row.NoData);
    }

    [Fact]
    public void Compare_GalliumByHand_MatchesFormula()
    {
        // 2024 MCS 2026: CN 839, RU 6, JP 3 (t). WGI 2023 scaled: CN 5.58, RU 7.18, JP 2.30. t = 1, EoL-RIR 0, SI_SR 0.98.
        double s(double q) => q / 848.0;
        var hhi = s(839) * s(839) * 5.58 + s(6) * s(6) * 7.18 + s(3) * s(3) * 2.30;
        var row = Comparison.Rows.Single(r => r.Mineral == "gallium");

        Assert.Equal(hhi * 0.98, row.OurSr!.Value, 2);
    }
}
