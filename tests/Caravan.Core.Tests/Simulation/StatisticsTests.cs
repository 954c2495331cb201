using Caravan.Core.Simulation;
using CsCheck;

namespace Caravan.Core.Tests.Simulation;

public sealed class StatisticsTests
{
    [Fact]
    public void Moments_MergedHalves_EqualOnePass()
    {
        Gen.Double[0, 1000].Array[2, 200].Sample(values =>
        {
            var whole = new Moments();
            foreach (var v in values)
                whole.Add(v);
            var left = new Moments();
            var right = new Moments();
            for (var i = 0; i < values.Length; i++)
                (i < values.Length / 2 ? left : right).Add(values[i]);
            left.Merge(right);
            Assert.Equal(whole.Count, left.Count);
            Assert.Equal(whole.Mean, left.Mean, 1e-9 * Math.Max(1, whole.Mean));
            Assert.Equal(whole.Variance, left.Variance, 1e-7 * Math.Max(1, whole.Variance));
            Assert.Equal(whole.Min, left.Min);
            Assert.Equal(whole.Max, left.Max);
        });
    }

    [Fact]
    public void Moments_KnownValues_TextbookMeanAndVariance()
    {
        var m = new Moments();
        foreach (var v in new[] { 2.0, 4, 4, 4, 5, 5, 7, 9 })
            m.Add(v);
        Assert.Equal(5, m.Mean, 12);
        Assert.Equal(32.0 / 7, m.Variance, 12);
    }

    [Fact]
    public void LogHistogram_Quantiles_WithinOnePercentOfExactNearestRank()
    {
        Gen.Double[0.01, 10_000].List[1, 300].Sample(values =>
        {
            var h = new LogHistogram();
            foreach (var v in values)
                h.Add(v);
            var sorted = values.Order().ToList();
            foreach (var p in new[] { 0.5, 0.9, 0.95, 0.99 })
            {
                var exact = OdStatisticsNearestRank(sorted, p);
                Assert.InRange(h.Quantile(p)!.Value, exact / 1.01, exact * 1.01);
            }
        });
    }

    [Fact]
    public void LogHistogram_Merge_SameAsAddingAll()
    {
        var a = new LogHistogram();
        var b = new LogHistogram();
        var all = new LogHistogram();
        for (var i = 1; i <= 1000; i++)
        {
            (i % 3 == 0 ? a : b).Add(i * 0.37);
            all.Add(i * 0.37);
        }
        a.Merge(b);
        Assert.Equal(all.Count, a.Count);
        Assert.Equal(all.Bins(), a.Bins());
    }

    [Fact]
    public void TimeAverage_StepsAcrossWarmup_CountsOnlyTheWindow()
    {
        var t = new TimeAverage();
        t.Change(0, 2, windowStart: 10);   // level 2 from 0 (not counted before 10)
        t.Change(15, 1, windowStart: 10);  // 2 × 5 = 10, then level 3
        t.Advance(20, windowStart: 10);    // 3 × 5 = 15
        Assert.Equal(25, t.Area, 12);
        Assert.Equal(3, t.Max);
    }

    private static double OdStatisticsNearestRank(List<double> sorted, double p) => OdStatistics.NearestRank(sorted, p);
}
