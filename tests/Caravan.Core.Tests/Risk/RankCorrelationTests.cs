using Caravan.Core.Risk;

namespace Caravan.Core.Tests.Risk;

public sealed class RankCorrelationTests
{
    [Fact]
    public void Spearman_NoTies_MatchesSumOfSquaredRankDifferences()
    {
        // d = (−1, 1, −1, 1, 0), Σd² = 4: ρ = 1 − 6·4 / (5·(25 − 1)) = 0.8
        Assert.Equal(0.8, RankCorrelation.Spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])!.Value, 12);
    }

    [Fact]
    public void Spearman_MonotoneAndReversed_AreOneAndMinusOne()
    {
        Assert.Equal(1.0, RankCorrelation.Spearman([1, 5, 9], [10, 20, 1000])!.Value, 12);
        Assert.Equal(-1.0, RankCorrelation.Spearman([1, 5, 9], [3, 2, 1])!.Value, 12);
    }

    [Fact]
    public void Ranks_Ties_ShareTheirMeanRank() =>
        Assert.Equal([1.0, 2.5, 2.5, 4.0], RankCorrelation.Ranks([1, 7, 7, 9]));

    [Fact]
    public void Spearman_TooFewOrConstant_IsNull()
    {
        Assert.Null(RankCorrelation.Spearman([1], [2]));
        Assert.Null(RankCorrelation.Spearman([1, 1, 1], [1, 2, 3]));
    }
}
