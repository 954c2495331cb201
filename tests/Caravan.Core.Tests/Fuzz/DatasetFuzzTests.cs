using Caravan.Core.Data;
using Caravan.Core.Tests.Data;
using Xunit.Abstractions;

namespace Caravan.Core.Tests.Fuzz;

/// <summary>Mutated CSV tables load to a dataset or problems located in the table: never a crash, a hang or unbounded memory.</summary>
public sealed class DatasetFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Tokens =
        ["\"", ",", "\n", "\r\n", ";", "(", ")", "\"\"", "-1", "NaN", "1e308", "1e-320", "Infinity", "\uFEFF", "\0", "tri(", "emp(1;2;3)", "true", "x,y,z,"];

    [Theory]
    [InlineData("nodes.csv")]
    [InlineData("links.csv")]
    [InlineData("commodities.csv")]
    [InlineData("supply.csv")]
    public void Load_MutatedTable_DatasetOrLocatedProblems(string table)
    {
        using var folder = new FixtureFolder();
        var original = File.ReadAllText(folder.File(table));

        // A broken row may also show in the checks across tables, so a problem may name another table of the dataset.
        var figures = FuzzCampaign.Run(Mutation.Of([original], Tokens), text =>
        {
            File.WriteAllText(folder.File(table), text);
            return DatasetReader.LoadFolder(folder.Path).Problems;
        }, p => p.File.StartsWith(folder.Path, StringComparison.Ordinal), ciDefault: 150);
        output.WriteLine($"{table}: {figures}");
    }
}
