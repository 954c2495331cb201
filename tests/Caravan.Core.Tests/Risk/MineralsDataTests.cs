using Caravan.Core.Risk;

namespace Caravan.Core.Tests.Risk;

public sealed class MineralsDataTests
{
    private static readonly MineralsData Minerals = MineralsReader.BuiltIn();

    [Fact]
    public void BuiltIn_Loads_WithTheMineralsCaravanModels()
    {
        Assert.Equal(["antimony", "chromium", "gallium", "rare-earths", "titanium", "tungsten", "uranium"], Minerals.Minerals);
        Assert.Equal(18, Minerals.Published.Count);
    }

    [Fact]
    public void ProductionFor_Default_IsLatestActualYearOfNewestEdition()
    {
        var rows = Minerals.ProductionFor("titanium", SupplyStage.Processing);

        // 2025 is wholly estimated; 2024 has two editions and MCS 2026 is the newer.
        Assert.All(rows, r => Assert.Equal((2024, "USGS MCS 2026"), (r.Year, r.Edition)));
        Assert.Equal(256_000, rows.Single(r => r.Country == "CN").Quantity);
        Assert.Contains(rows, r => r.Country == "RU");
    }

    [Fact]
    public void ProductionFor_YearGiven_UsesThatYear()
    {
        var rows = Minerals.ProductionFor("tungsten", SupplyStage.Extraction, 2025);

        Assert.Equal(2400, rows.Single(r => r.Country == "KZ").Quantity);
    }

    [Fact]
    public void ProductionFor_UsgsGallium_ChinaHas99Percent()
    {
        var c = Concentration.Of(Minerals.ProductionFor("gallium", SupplyStage.Processing).Select(r => (r.Country, r.Quantity)))!;

        Assert.Equal(839.0 / 848.0, c.ShareOf("CN"), 9);
    }

    [Fact]
    public void ProductionFor_WnaUranium_KazakhstanHas39Percent()
    {
        var c = Concentration.Of(Minerals.ProductionFor("uranium", SupplyStage.Extraction).Select(r => (r.Country, r.Quantity)))!;

        Assert.Equal(60_213, c.Total, 9);
        Assert.Equal(0.39, c.ShareOf("KZ"), 2);
    }

    [Fact]
    public void Governance_EveryProducerHasWgi()
    {
        var governance = new Governance([], Minerals.Governance);

        var missing = Minerals.Production.Select(p => p.Country).Distinct()
            .Where(c => !Concentration.IsUnattributed(c) && governance.Scaled(c) is null).ToList();

        Assert.Empty(missing);
        Assert.Equal(5.58, governance.Scaled("CN")!.Value, 2);
        Assert.Equal(5.59, governance.Scaled("KZ")!.Value, 2);
    }

    [Fact]
    public void Restrictions_GalliumLicence_InForceSinceAugust2023()
    {
        var licence = Minerals.Restrictions.Single(r => r.Mineral == "gallium" && r.Measure == RestrictionMeasure.Licence);

        Assert.False(licence.InForceOn(new DateOnly(2023, 7, 31)));
        Assert.True(licence.InForceOn(new DateOnly(2023, 8, 1)));
    }

    [Fact]
    public void Restrictions_UsBanSuspension_ClosesThenReopens()
    {
        var ban = Minerals.Restrictions.Single(r => r.Mineral == "gallium" && r.Measure == RestrictionMeasure.Ban);

        Assert.True(ban.InForceOn(new DateOnly(2025, 1, 15)));
        Assert.False(ban.InForceOn(new DateOnly(2026, 6, 1)));
        Assert.True(ban.InForceOn(new DateOnly(2026, 11, 29)));
        Assert.True(ban.AppliesTo("US"));
        Assert.False(ban.AppliesTo("JP"));
        Assert.Equal("in force (suspension ended 2026-11-27)", ban.StatusOn(new DateOnly(2026, 11, 29)));
    }
}
