using Caravan.Core.Risk;

namespace Caravan.Core.Tests.Risk;

/// <summary>The published EU 2023 table is the oracle: the stage rule and thresholds must give its SR, stage and verdict.</summary>
public sealed class PublishedEu2023Tests
{
    private static readonly MineralsData Minerals = MineralsReader.BuiltIn();

    public static TheoryData<string> Materials()
    {
        var data = new TheoryData<string>();
        foreach (var row in MineralsReader.BuiltIn().Published.Where(r => r.SrExtraction is not null || r.SrProcessing is not null))
            data.Add(row.Material);
        return data;
    }

    [Theory]
    [MemberData(nameof(Materials))]
    public void StageRule_PublishedRow_ReproducesSrStageAndVerdictExactly(string material)
    {
        var row = Minerals.Published.Single(r => r.Material == material);

        var verdict = row.Evaluate();

        Assert.Equal(row.PublishedSr!.Value, verdict.Sr!.Value, 12);
        Assert.Equal(row.PublishedStage, verdict.Bottleneck);
        Assert.Equal(row.PublishedCritical, verdict.Critical);
    }

    [Fact]
    public void Published_Table_SeventeenRowsReproducibleTwelveCritical()
    {
        var usable = Minerals.Published.Where(r => r.SrExtraction is not null || r.SrProcessing is not null).ToList();

        Assert.Equal(17, usable.Count);
        Assert.Equal(12, usable.Count(r => r.Evaluate().Critical == true));
    }

    [Fact]
    public void Published_Lree_DefectiveStageValuesAreBlankFinalSrKept()
    {
        var lree = Minerals.Published.Single(r => r.Material == "LREE");

        Assert.Null(lree.SrExtraction);
        Assert.Null(lree.SrProcessing);
        Assert.Equal(3.7, lree.PublishedSr);
        Assert.Null(lree.Evaluate().Sr);
    }
}
