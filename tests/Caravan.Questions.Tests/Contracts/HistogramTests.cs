using Caravan.Questions.Contracts;
using CsCheck;

namespace Caravan.Questions.Tests.Contracts;

public sealed class HistogramTests
{
    [Fact]
    public void Regroup_HandWorked_CountsGoWhereTheirMiddleFalls()
    {
        // Range 0-10 in 5 bins of 2: middles 0.5, 1.5, 5, 9.5 fall in bins 0, 0, 2, 4.
        var h = Histogram.Regroup([(0, 1, 3), (1, 2, 4), (4.9, 5.1, 5), (9, 10, 6)], bins: 5);
        Assert.Equal(2, h.BinWidth, 12);
        Assert.Equal([7L, 0, 5, 0, 6], h.Bins.Select(b => b.Count));
        Assert.Equal((0.0, 10.0), (h.Bins[0].From, h.Bins[^1].To));
    }

    [Fact]
    public void Regroup_EmptyOrOneValue_NoBinsOrOneBin()
    {
        Assert.Empty(Histogram.Regroup([]).Bins);
        var one = Histogram.Regroup([(3, 3, 9)]);
        Assert.Equal(9, Assert.Single(one.Bins).Count);
    }

    [Fact]
    public void Regroup_AnyFineBins_KeepsTheTotalInThirtyBins()
    {
        Gen.Int[1, 500].Select(Gen.Double[0.001, 100], Gen.Long[1, 1000]).Array[1, 60].Sample(raw =>
        {
            var fine = raw.OrderBy(r => r.Item2).Select(r => (r.Item2, r.Item2 * 1.01, r.Item3)).ToList();
            var h = Histogram.Regroup(fine);
            Assert.Equal(fine.Sum(f => f.Item3), h.Bins.Sum(b => b.Count));
            Assert.True(h.Bins.Count is 1 or Histogram.PlotBins);
        });
    }
}
