namespace Caravan.Core.Risk;

/// <summary>Spearman's rank correlation: Pearson's correlation of the ranks, ties taking their average rank.</summary>
public static class RankCorrelation
{
    /// <summary>ρ of two equally long series; null for fewer than two pairs or a constant series.</summary>
    public static double? Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count)
            throw new ArgumentException("series must have the same length", nameof(y));
        if (x.Count < 2)
            return null;
        var rx = Ranks(x);
        var ry = Ranks(y);
        var mx = rx.Average();
        var my = ry.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx == 0 || syy == 0 ? null : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>1-based ranks, ascending; tied values share the mean of their ranks.</summary>
    public static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
                end++;
            var rank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
                ranks[order[k]] = rank;
            start = end + 1;
        }
        return ranks;
    }
}
