using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Core.Tests.Data;

/// <summary>Capacities published in TEU or wagons: columns, validation, conversion, round trip.</summary>
public sealed class CapacityUnitTests
{
    // Adds a column at the end of a table: the header gets its name, the first data row the value, others stay empty.
    private static void AddColumn(FixtureFolder folder, string file, string column, string firstRowValue)
    {
        var lines = File.ReadAllLines(folder.File(file));
        lines[0] += "," + column;
        for (var i = 1; i < lines.Length; i++)
            lines[i] += "," + (i == 1 ? firstRowValue : "");
        File.WriteAllLines(folder.File(file), lines);
    }

    // The fixture's pav-dostyk link given in TEU/day instead of t/day, with every commodity's t_per_teu.
    private static void TeuLink(FixtureFolder folder, string teuPerDay)
    {
        folder.Replace("links.csv", "40,5000,", "40,,");
        AddColumn(folder, "links.csv", "capacity_teu_per_day", teuPerDay);
        AddColumn(folder, "commodities.csv", "t_per_teu", "20");
        folder.Replace("commodities.csv", "uranium,,", "uranium,,16");
    }

    [Fact]
    public void Load_TeuLinkWithConversions_GivesCapacityInTeu()
    {
        using var folder = new FixtureFolder();
        TeuLink(folder, "250");

        var result = DatasetReader.LoadFolder(folder.Path);

        Assert.Empty(result.Problems);
        var link = result.Dataset!.Links.Single(l => l.Id == "pav-dostyk");
        Assert.Equal(new Capacity(250, CapacityUnit.Teu), link.Capacity);
        var uranium = result.Dataset.Commodities.Single(c => c.Id == "u3o8");
        Assert.Equal(250 * 16, link.Capacity!.Value.TonnesPerDay(uranium));
        Assert.Equal(250 * 16, link.Capacity.Value.ConservativeTonnesPerDay(result.Dataset.Commodities));
    }

    [Fact]
    public void Load_CapacityInTwoUnits_IsAProblemAtTheSecondColumn()
    {
        using var folder = new FixtureFolder();
        AddColumn(folder, "links.csv", "capacity_teu_per_day", "250");
        AddColumn(folder, "commodities.csv", "t_per_teu", "20");
        folder.Replace("commodities.csv", "uranium,,", "uranium,,16");

        var problem = Assert.Single(DatasetReader.LoadFolder(folder.Path).Problems);

        Assert.EndsWith("links.csv", problem.File, StringComparison.Ordinal);
        Assert.Equal((2, 18), (problem.Line, problem.Column));
        Assert.Contains("'pav-dostyk' gives its capacity as both 'capacity_t_per_day' and 'capacity_teu_per_day'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WagonCapacityWithoutConversion_NamesTheCommodityAndTheElement()
    {
        using var folder = new FixtureFolder();
        folder.Replace("nodes.csv", ",3000,4,", ",,4,");
        AddColumn(folder, "nodes.csv", "capacity_wagons_per_day", "");
        folder.Replace("nodes.csv", "gallium plant,", "gallium plant,40");
        AddColumn(folder, "commodities.csv", "t_per_wagon", "60");

        var problem = Assert.Single(DatasetReader.LoadFolder(folder.Path).Problems);

        Assert.Equal((3, 12), (problem.Line, problem.Column));
        Assert.Equal("commodity 'u3o8' needs 't_per_wagon' (tonnes per wagon): node 'KZPAV' gives its capacity in wagons/day", problem.Message);
    }

    [Fact]
    public void Csv_TeuAndWagonColumns_WriteAndReadBackUnchanged()
    {
        using var folder = new FixtureFolder();
        TeuLink(folder, "250.5");
        var original = DatasetReader.LoadFolder(folder.Path).Dataset!;
        using var output = new FixtureFolder();

        DatasetWriter.Write(original, output.Path);
        var reread = DatasetReader.LoadFolder(output.Path);

        Assert.Empty(reread.Problems);
        Assert.Equal(original.Links, reread.Dataset!.Links, new RecordListComparer<Link>());
        Assert.Equal(original.Commodities, reread.Dataset.Commodities, new RecordListComparer<Commodity>());
    }

    [Fact]
    public void ConservativeTonnes_MixedCommodities_TakesTheBulkiestPayload()
    {
        var capacity = new Capacity(100, CapacityUnit.Teu);
        Commodity[] commodities =
        [
            new() { Id = "a", Name = "a", HsCode = "1", ValueUsdPerTonne = 1, TonnesPerTeu = 22 },
            new() { Id = "b", Name = "b", HsCode = "2", ValueUsdPerTonne = 1, TonnesPerTeu = 12 },
        ];

        Assert.Equal(1_200, capacity.ConservativeTonnesPerDay(commodities));
        Assert.Equal(2_200, capacity.TonnesPerDay(commodities[0]));
        Assert.Equal(500, new Capacity(500, CapacityUnit.Tonnes).ConservativeTonnesPerDay(commodities));
    }
}
