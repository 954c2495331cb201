using Caravan.Core.Data;
using Caravan.Core.Tests.Data;
using Caravan.Core.Tests.Fuzz;
using Xunit.Abstractions;

namespace Caravan.Core.Tests.Rules;

/// <summary>Mutated trade-rules.csv and contracts.csv load to a dataset or located problems: never a crash, a hang or unbounded memory.</summary>
public sealed class TradeRuleFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Tokens =
        ["\"", ",", "\n", ";", "-1", "NaN", "1e308", "2.5", "2016-02-30", "2016-01", "9999-12-31", "\uFEFF", "\0", "quota", "no_export", "IR", "7", "x,y,z,"];

    [Theory]
    [InlineData("trade-rules.csv")]
    [InlineData("contracts.csv")]
    public void Load_MutatedTable_DatasetOrLocatedProblems(string table)
    {
        using var folder = TradeTableTests.Folder();
        var original = File.ReadAllText(folder.File(table));
        var figures = FuzzCampaign.Run(Mutation.Of([original], Tokens), text =>
        {
            File.WriteAllText(folder.File(table), text);
            return DatasetReader.LoadFolder(folder.Path).Problems;
        }, p => p.File.StartsWith(folder.Path, StringComparison.Ordinal), ciDefault: 150);
        output.WriteLine($"{table}: {figures}");
    }
}
