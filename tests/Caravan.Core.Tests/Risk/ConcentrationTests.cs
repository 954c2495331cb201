using Caravan.Core.Risk;

namespace Caravan.Core.Tests.Risk;

public sealed class ConcentrationTests
{
    [Fact]
    public void Of_ThreeProducers_HhiIsSumOfSquaredShares()
    {
        var c = Concentration.Of([("AA", 50), ("BB", 30), ("CC", 20)])!;

        Assert.Equal(0.25 + 0.09 + 0.04, c.Hhi, 12);
        Assert.Equal(3800, c.HhiPoints, 9);
        Assert.Equal(["AA", "BB", "CC"], c.Shares.Select(s => s.Country));
        Assert.Equal(0.3, c.ShareOf("BB"), 12);
    }

    [Fact]
    public void Of_SingleProducer_HhiIsOne()
    {
        var c = Concentration.Of([("CN", 839)])!;

        Assert.Equal(1.0, c.Hhi, 12);
        Assert.Equal(1.0, c.ShareOf("CN"), 12);
    }

    [Fact]
    public void Of_UnattributedSupply_CountsInTotalButNotInIndex()
    {
        var c = Concentration.Of([("AA", 60), ("other", 40)])!;

        Assert.Equal(0.36, c.Hhi, 12);
        Assert.Equal(0.4, c.UnattributedShare, 12);
    }

    [Fact]
    public void Of_NothingProduced_IsNoDataNotZero()
    {
        Assert.Null(Concentration.Of([]));
        Assert.Null(Concentration.Of([("AA", 0)]));
    }

    [Fact]
    public void Of_SameCountryTwice_AddsQuantities()
    {
        var c = Concentration.Of([("AA", 1), ("AA", 1), ("BB", 2)])!;

        Assert.Equal(0.5, c.ShareOf("AA"), 12);
        Assert.Equal(0.5, c.Hhi, 12);
    }
}
