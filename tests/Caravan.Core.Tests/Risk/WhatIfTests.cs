using Caravan.Core.Risk;

namespace Caravan.Core.Tests.Risk;

public sealed class WhatIfTests
{
    private static readonly RiskAssessment Assessment =
        RiskAssessment.For(null, MineralsReader.BuiltIn(), new RiskOptions { AsOf = new DateOnly(2026, 11, 29) });

    [Fact]
    public void WhatIf_JapanGalliumAddsFifteenTonnesFromKazakhstan_ConcentrationAndSrFall()
    {
        var result = Assessment.WhatIf("gallium", "JP", [new SourcingChange(SourcingChangeKind.Add, "KZ", 15)]);

        Assert.Null(result.Error);
        // Japan 2021: consumption 167 t (70 domestic, 55 China, 42 other imports). 15 t is 9 % of consumption.
        Assert.Equal(167, result.BaselineMix!.Total, 9);
        Assert.Equal(182.0 / 167.0, result.TotalShare, 9);
        Assert.Equal(1.0, result.RemainingShare, 9);
        Assert.Equal(15.0 / 182.0, result.Mix!.Concentration!.ShareOf("KZ"), 9);
        // HHI = (70² + 55²)/167² before; (70² + 55² + 15²)/182² after.
        Assert.Equal((70.0 * 70 + 55 * 55) / (167.0 * 167), result.HhiBefore!.Value, 12);
        Assert.Equal((70.0 * 70 + 55 * 55 + 15 * 15) / (182.0 * 182), result.HhiAfter!.Value, 12);
        Assert.True(result.SrAfter < result.SrBefore);
    }

    [Fact]
    public void WhatIf_ChinaBansGalliumExports_TwoThirdsOfJapansSupplyRemains()
    {
        var result = Assessment.WhatIf("gallium", "JP", [new SourcingChange(SourcingChangeKind.Ban, "CN")]);

        Assert.Equal(112.0 / 167.0, result.RemainingShare, 9);
        Assert.Equal(0.0, result.After!.SourcedStage!.Sourcing!.Concentration!.ShareOf("CN"));
        Assert.Equal(0.0, result.After.SourcedStage.Production!.ShareOf("CN"));
    }

    [Fact]
    public void WhatIf_BanAndKazakhSource_RecoversPartOfTheLoss()
    {
        var result = Assessment.WhatIf("gallium", "JP",
            [new SourcingChange(SourcingChangeKind.Ban, "CN"), new SourcingChange(SourcingChangeKind.Add, "KZ", 15)]);

        Assert.Equal(112.0 / 167.0, result.RemainingShare, 9);
        Assert.Equal(127.0 / 167.0, result.TotalShare, 9);
    }

    [Fact]
    public void WhatIf_SetShare_GivesOriginThatShareOfNewTotal()
    {
        var result = Assessment.WhatIf("gallium", "JP", [new SourcingChange(SourcingChangeKind.Set, "CN", 20, Percent: true)]);

        Assert.Equal(0.2, result.Mix!.Concentration!.ShareOf("CN"), 9);
    }

    [Fact]
    public void WhatIf_ShareOnlySourcing_TonnesAreRefusedPercentAccepted()
    {
        var tonnes = Assessment.WhatIf("rare-earths", "JP", [new SourcingChange(SourcingChangeKind.Add, "KZ", 15)]);
        var percent = Assessment.WhatIf("rare-earths", "JP", [new SourcingChange(SourcingChangeKind.Add, "KZ", 10, Percent: true)]);

        Assert.Contains("only as shares", tonnes.Error);
        Assert.Null(percent.Error);
        Assert.Equal(0.1 / 1.1, percent.Mix!.Concentration!.ShareOf("KZ"), 9);
    }

    [Fact]
    public void WhatIf_NoSourcingData_SaysWhoHasData()
    {
        var result = Assessment.WhatIf("gallium", "KR", [new SourcingChange(SourcingChangeKind.Add, "KZ", 15)]);

        Assert.Equal("no sourcing data for KR's gallium; importers with data: JP", result.Error);
    }

    [Fact]
    public void WhatIf_BannedCountryAddedBack_IsAnError() =>
        Assert.Contains("cannot also be a source", Assessment.WhatIf("gallium", "JP",
            [new SourcingChange(SourcingChangeKind.Ban, "CN"), new SourcingChange(SourcingChangeKind.Add, "CN", 5)]).Error);

    [Fact]
    public void WhatIf_RemoveUnknownOrigin_IsAnError() =>
        Assert.Contains("not an origin", Assessment.WhatIf("gallium", "JP", [new SourcingChange(SourcingChangeKind.Remove, "BR")]).Error);

    [Theory]
    [InlineData("KZ:15", 15, false)]
    [InlineData("kz:10%", 10, true)]
    public void Parse_Add_ReadsTonnesOrPercent(string text, double amount, bool percent)
    {
        var (change, error) = SourcingChange.Parse(SourcingChangeKind.Add, text);

        Assert.Null(error);
        Assert.Equal(new SourcingChange(SourcingChangeKind.Add, "KZ", amount, percent), change);
    }

    [Theory]
    [InlineData(SourcingChangeKind.Add, "KZ")]
    [InlineData(SourcingChangeKind.Add, "KZ:-3")]
    [InlineData(SourcingChangeKind.Add, "Kazakhstan:15")]
    [InlineData(SourcingChangeKind.Ban, "CN:5")]
    public void Parse_Malformed_IsAnError(SourcingChangeKind kind, string text) =>
        Assert.NotNull(SourcingChange.Parse(kind, text).Error);
}
