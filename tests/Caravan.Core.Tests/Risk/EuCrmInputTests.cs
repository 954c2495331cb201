using Caravan.Core.Risk;

namespace Caravan.Core.Tests.Risk;

public sealed class EuCrmInputTests
{
    private static EuCrmInput Read(string text) => EuCrmInput.Read(new StringReader(text), "in.csv");

    [Fact]
    public void Read_StageLevelShape_AppliesStageRuleAndThresholds()
    {
        var input = Read("material,sr_e,sr_p,ei\nLithium,0.8,1.9,3.9\nChromium,0.7,0.6,7.2\nGallium,,3.9,3.7\nX,2.0,,\n");

        var results = input.Evaluate();

        Assert.True(input.IsStageLevel);
        Assert.Equal((1.9, SupplyStage.Processing, true), (results[0].Verdict.Sr!.Value, results[0].Verdict.Bottleneck!.Value, results[0].Verdict.Critical!.Value));
        Assert.False(results[1].Verdict.Critical);
        Assert.Equal(SupplyStage.Processing, results[2].Verdict.Bottleneck);
        Assert.Null(results[3].Verdict.Critical); // no EI: undetermined, not "not critical"
    }

    [Fact]
    public void Read_FullShape_ComputesSrFromShares()
    {
        // The hand example of EuCrmMethodTests, written as input rows.
        var input = Read("material,stage,scope,country,share,wgi_mean,trade_parameter,import_reliance,eol_rir,si_sr,ei\n"
            + "M,processing,global,AA,0.6,0.5,1.1,0.5,0.2,0.9,3.0\n"
            + "M,processing,global,BB,0.4,-0.5,,,,,\n"
            + "M,processing,sourcing,CC,1.0,1.5,,,,,\n");

        var result = Assert.Single(input.Evaluate());

        Assert.Empty(input.Problems);
        Assert.Equal(1.53792, result.Verdict.Sr!.Value, 12);
        Assert.True(result.Verdict.Critical);
        Assert.Equal(2.544, result.Processing!.Global!.Value!.Value, 12);
    }

    [Fact]
    public void Read_FullShapeWithoutWgi_UsesGovernanceOrReportsRange()
    {
        var text = "material,stage,scope,country,share,import_reliance,eol_rir,si_sr,ei\nM,extraction,global,CN,1.0,1,0,1,5\n";
        var governance = new Governance([], MineralsReader.BuiltIn().Governance);

        var known = Assert.Single(Read(text).Evaluate(governance));
        var unknown = Assert.Single(Read(text).Evaluate());

        Assert.Equal(5.58, known.Verdict.Sr!.Value, 9);
        Assert.Null(unknown.Verdict.Sr);
        Assert.Equal((0.0, 10.0), (unknown.Verdict.SrLow!.Value, unknown.Verdict.SrHigh!.Value));
        Assert.Null(unknown.Verdict.Critical);
    }

    [Fact]
    public void Read_UnknownShape_IsOneProblemAtLineOne()
    {
        var problem = Assert.Single(Read("name,value\nx,1\n").Problems);

        Assert.Equal("in.csv:1:1: unrecognised input: the header needs either material,sr_e,sr_p,ei (stage-level results) or material,stage,scope,country,share (full inputs)", problem.ToString());
    }

    [Fact]
    public void Read_BadNumbers_ReportLineAndColumn()
    {
        var problems = Read("material,sr_e,sr_p,ei\nA,high,1.0,3\nB,,,4\nC,1.0,0.5,11\n").Problems.Select(p => p.ToString()).ToList();

        Assert.Contains("in.csv:2:2: 'sr_e' must be a number, got 'high'", problems);
        Assert.Contains("in.csv:3:2: material 'B' needs 'sr_e' or 'sr_p' (or both)", problems);
        Assert.Contains("in.csv:4:4: 'ei' must be between 0 and 10, got 11", problems);
    }

    [Fact]
    public void Read_FullShapeConflicts_AreProblems()
    {
        var problems = Read("material,stage,scope,country,share,eol_rir\n"
            + "M,extraction,global,AA,0.7,0.1\nM,extraction,global,BB,0.5,0.2\nM,extraction,global,AA,0.1,\n").Problems;

        Assert.Contains(problems, p => p.Line == 3 && p.Message.Contains("shares add up to 1.2", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 3 && p.Message.Contains("'eol_rir' is 0.2 here but 0.1 on line 2", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 4 && p.Message.Contains("listed twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_HeaderOnly_SaysNoDataRows() =>
        Assert.Contains(Read("material,sr_e,sr_p,ei\n").Problems, p => p.Message == "no data rows");
}
