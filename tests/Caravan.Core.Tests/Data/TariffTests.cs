using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;

namespace Caravan.Core.Tests.Data;

/// <summary>Rail rates by railway (tariffs.csv), port dues and border fees apart from handling, reported throughputs.</summary>
public sealed class TariffTests
{
    private const string Tariffs = """
        country,mode,usd_per_t_km,operator,year,estimate,notes
        KZ,rail,0.04,KTZ,2025,true,test rate
        CN,rail,0.02,China Railway,2024,false,test rate
        """;

    // The fixture's Dostyk rail links lose their rates; tariffs.csv prices them.
    private static FixtureFolder Folder(string? tariffs = Tariffs)
    {
        var folder = new FixtureFolder();
        folder.Replace("links.csv", "rail,true,1200,\"tri(30,36,48)\",40,", "rail,true,1200,\"tri(30,36,48)\",,");
        folder.Replace("links.csv", "rail,true,4200,\"tri(100,120,160)\",120,", "rail,true,4200,\"tri(100,120,160)\",,");
        if (tariffs is not null)
            File.WriteAllText(folder.File("tariffs.csv"), tariffs);
        return folder;
    }

    [Fact]
    public void Load_LinkWithoutRate_PricedFromItsCountriesTariffs()
    {
        using var folder = Folder();
        var result = DatasetReader.LoadFolder(folder.Path);

        Assert.Empty(result.Problems);
        var links = result.Dataset!.Links.ToDictionary(l => l.Id);
        Assert.Equal(1200 * 0.04, links["pav-dostyk"].CostUsdPerTonne, 9);          // KZ only
        Assert.Equal(4200 * (0.04 + 0.02) / 2, links["dostyk-lyg"].CostUsdPerTonne, 9); // KZ;CN: mean of the two railways
        Assert.True(links["pav-dostyk"].CostFromTariff);
        Assert.False(links["lyg-yok"].CostFromTariff);
        Assert.Equal(35, links["lyg-yok"].CostUsdPerTonne);
        Assert.Equal(2, result.Dataset.Tariffs.Count);
    }

    [Fact]
    public void Load_NoTariffForACountry_LocatedProblemAtTheEmptyRate()
    {
        using var folder = Folder("country,mode,usd_per_t_km\nKZ,rail,0.04\n");
        var result = DatasetReader.LoadFolder(folder.Path);

        Assert.Null(result.Dataset);
        var problem = Assert.Single(result.Problems);
        Assert.EndsWith("links.csv", problem.File, StringComparison.Ordinal);
        Assert.Equal((3, 8), (problem.Line, problem.Column));
        Assert.Contains("tariffs.csv has no rail rate for CN", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KZ,rail,0.04", "KX,rail,0.04", "tariffs.csv:2:1", "unknown country 'KX'")]
    [InlineData("KZ,rail,0.04", "KZ,train,0.04", "tariffs.csv:2:2", "unknown mode 'train'")]
    [InlineData("CN,rail,0.02", "KZ,rail,0.02", "tariffs.csv:3:1", "duplicate tariff for 'KZ / rail'")]
    [InlineData("KZ,rail,0.04", "KZ,rail,-0.04", "tariffs.csv:2:3", "'usd_per_t_km' must be between 0 and 100, got -0.04")]
    public void Load_BadTariff_LocatedProblem(string find, string replace, string location, string message)
    {
        using var folder = Folder(Tariffs.Replace(find, replace, StringComparison.Ordinal));
        var result = DatasetReader.LoadFolder(folder.Path);
        Assert.Contains(result.Problems, p => p.ToString().Replace(folder.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).StartsWith(location, StringComparison.Ordinal)
            && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void WriteThenRead_TariffPricedLinks_StayTariffPriced()
    {
        using var folder = Folder();
        var first = DatasetReader.LoadFolder(folder.Path).Dataset!;
        var copy = Directory.CreateTempSubdirectory("caravan-tariff-").FullName;
        try
        {
            DatasetWriter.Write(first, copy);
            var second = DatasetReader.LoadFolder(copy).Dataset!;
            Assert.Equal(first.Links.Select(l => (l.Id, l.CostUsdPerTonne, l.CostFromTariff)), second.Links.Select(l => (l.Id, l.CostUsdPerTonne, l.CostFromTariff)));
            Assert.Equal(first.Tariffs, second.Tariffs);
        }
        finally
        {
            Directory.Delete(copy, true);
        }
    }

    [Fact]
    public void Cost_NodeFees_PaidBesideHandlingAndShownApart()
    {
        var dataset = new TinyDataset()
            .Node("A").Node("B", kind: NodeKind.Border, handlingCost: 5, edit: n => n with { FeesUsdPerTonne = 3 }).Node("C")
            .Link("A", "B", cost: 10).Link("B", "C", cost: 10)
            .Commodity("ore").Supply("A", "ore", 1).Demand("C", "ore", 1)
            .Build();
        var route = new RoutePlanner(new CostModel(dataset)).Best(new RouteRequest("A", "C", dataset.FindCommodity("ore")!) { Tonnes = 2 }).Best!;

        Assert.Equal(2 * 3, route.Breakdown.FeesUsd, 9);
        Assert.Equal(2 * 5, route.Breakdown.HandlingUsd, 9);
        Assert.Equal(2 * (10 + 10 + 5 + 3), route.Breakdown.MoneyUsd, 9);
        Assert.Equal(route.CostUsd, route.Breakdown.MoneyUsd, 9);
    }

    [Fact]
    public void Load_ThroughputAboveCapacity_WarnsThatTheCapacityIsStale()
    {
        using var folder = Folder();
        var text = File.ReadAllText(folder.File("nodes.csv"))
            .Replace("licensed_classes,notes", "licensed_classes,notes,throughput_t_per_year,throughput_year", StringComparison.Ordinal);
        var lines = text.Split('\n').ToList();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length > 0)
                lines[i] += lines[i].StartsWith("kz-dostyk", StringComparison.Ordinal) ? ",2000000,2025" : ",,";
        }
        File.WriteAllText(folder.File("nodes.csv"), string.Join('\n', lines));

        var result = DatasetReader.LoadFolder(folder.Path);

        Assert.NotNull(result.Dataset);
        Assert.Equal(2_000_000, result.Dataset.FindNode("kz-dostyk")!.ThroughputTonnesPerYear);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("node 'kz-dostyk' carried 2,000,000 t in 2025 but its capacity is 1,095,000 t/yr", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ThroughputWithoutYear_Problem()
    {
        using var folder = Folder();
        var text = File.ReadAllText(folder.File("nodes.csv")).Replace("licensed_classes,notes", "licensed_classes,notes,throughput_t_per_year", StringComparison.Ordinal);
        var lines = text.Split('\n').Select((l, i) => i == 0 || l.Length == 0 ? l : l + (l.StartsWith("kz-dostyk", StringComparison.Ordinal) ? ",1000" : ",")).ToArray();
        File.WriteAllText(folder.File("nodes.csv"), string.Join('\n', lines));

        var result = DatasetReader.LoadFolder(folder.Path);

        Assert.Contains(result.Problems, p => p.Message.Contains("needs its 'throughput_year'", StringComparison.Ordinal));
    }
}
