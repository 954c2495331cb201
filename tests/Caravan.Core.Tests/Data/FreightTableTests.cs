using Caravan.Core.Data;
using Caravan.Core.Traffic;
using CsCheck;

namespace Caravan.Core.Tests.Data;

/// <summary>freight.csv: background trade between places, read, checked with located problems, written back, and fuzzed.</summary>
public sealed class FreightTableTests
{
    private const string Freight = """
        id,origin,destination,cargo,quantity_per_year,value_usd_per_unit,year,growth_per_year,notes
        cn-jp,CNLYG,JPYOK,container,1000,30000,2024,0.05,test row
        kz-cn,kz-dostyk,CNLYG,bulk,500000,200,2023,,test row
        """;

    private static FixtureFolder Folder(string freight = Freight)
    {
        var folder = new FixtureFolder();
        File.WriteAllText(folder.File("freight.csv"), freight);
        return folder;
    }

    [Fact]
    public void Load_FreightRows_ReadWithTheirClassesAndGrowth()
    {
        using var folder = Folder();
        var result = DatasetReader.LoadFolder(folder.Path);

        Assert.Empty(result.Problems);
        var rows = result.Dataset!.Freight;
        Assert.Equal(["cn-jp", "kz-cn"], rows.Select(r => r.Id));
        Assert.Equal(CargoClass.Container, rows[0].Cargo);
        Assert.Equal(1000 * 1.05 * 1.05, rows[0].QuantityIn(2026), 9);
        Assert.Equal(500000, rows[1].QuantityIn(2030), 9); // no growth given: none
    }

    [Fact]
    public void Load_NoFreightTable_EmptyFreight()
    {
        using var folder = new FixtureFolder();
        var result = DatasetReader.LoadFolder(folder.Path);
        Assert.Empty(result.Problems);
        Assert.Empty(result.Dataset!.Freight);
    }

    [Theory]
    [InlineData("cn-jp,CNLYG", "cn-jp,CNXXX", "freight.csv:2:2", "unknown node 'CNXXX'")]
    [InlineData("JPYOK,container", "JPYOK,ship", "freight.csv:2:4", "'ship'")]
    [InlineData("container,1000", "container,-1000", "freight.csv:2:5", "'quantity_per_year' must be")]
    [InlineData("cn-jp,CNLYG", "cn-jp,KZPAV", "freight.csv:2:2", "a mine, plant or customer")]
    [InlineData("CNLYG,JPYOK,container", "CNLYG,CNLYG,container", "freight.csv:2:3", "to itself")]
    [InlineData("kz-cn,kz-dostyk", "cn-jp,kz-dostyk", "freight.csv:3:1", "duplicate freight row 'cn-jp'")]
    [InlineData("2024,0.05", "2024,5", "freight.csv:2:8", "'growth_per_year' must be")]
    [InlineData("30000,2024", "30000,", "freight.csv:2:7", "'year'")]
    public void Load_BadFreightRow_LocatedProblem(string find, string replace, string location, string message)
    {
        using var folder = Folder(Freight.Replace(find, replace, StringComparison.Ordinal));
        var result = DatasetReader.LoadFolder(folder.Path);

        Assert.Null(result.Dataset);
        Assert.Contains(result.Problems, p => p.ToString().Replace(folder.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).StartsWith(location, StringComparison.Ordinal)
            && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownCargoClassOnANode_LocatedProblem()
    {
        using var folder = new FixtureFolder();
        folder.Replace("nodes.csv", "licensed_classes,notes\n", "licensed_classes,notes,cargo_classes\n");
        folder.Replace("nodes.csv", "gallium plant\n", "gallium plant,oil\n");
        var result = DatasetReader.LoadFolder(folder.Path);

        Assert.Null(result.Dataset);
        Assert.Contains(result.Problems, p => p.File.EndsWith("nodes.csv", StringComparison.Ordinal) && p.Line == 2
            && p.Message.Contains("'oil' is not a cargo class", StringComparison.Ordinal));
    }

    [Fact]
    public void WriteThenRead_FreightAndCargoClasses_Unchanged()
    {
        var first = DatasetReader.BuiltIn();
        var copy = Directory.CreateTempSubdirectory("caravan-freight-").FullName;
        try
        {
            DatasetWriter.Write(first, copy);
            var second = DatasetReader.LoadFolder(copy);
            Assert.True(second.Dataset is not null, string.Join('\n', second.Problems));
            Assert.Equal(first.Freight, second.Dataset.Freight);
            Assert.Equal(first.Nodes.Select(n => string.Join(';', n.CargoClasses)), second.Dataset.Nodes.Select(n => string.Join(';', n.CargoClasses)));
        }
        finally
        {
            Directory.Delete(copy, true);
        }
    }

    [Fact]
    public void Load_NoiseInFreightCsv_ReturnsProblemsNeverThrows()
    {
        using var folder = Folder();
        var tokens = Gen.OneOf<string>("\"", ",", "\n", "-1", "NaN", "1e999", "container", "liquid", "KZPAV", "CNLYG", "\uFEFF", "x", "2101");
        Gen.Select(Gen.Int[0, Freight.Length], tokens.Array[1, 6]).Sample((at, inserted) =>
        {
            File.WriteAllText(folder.File("freight.csv"), Freight[..at] + string.Concat(inserted) + Freight[at..]);
            var task = Task.Run(() => DatasetReader.LoadFolder(folder.Path));
            Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "the loader did not finish");
            return task.Result.Dataset is not null || task.Result.Problems.Count > 0;
        }, iter: 300);
    }
}
