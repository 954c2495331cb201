using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Network;

namespace Caravan.Core.Tests.Data;

/// <summary>The seasonal columns of nodes.csv, links.csv and chokepoints.csv: read, checked with a location, written back.</summary>
public sealed class SeasonColumnTests
{
    private const string Winter = "3;3;2;1;1;0;0;0;0;1;2;3";
    private const string LowWater = "0.75;0.75;0.75;0.8;0.85;0.85;0.85;0.85;0.8;0.75;0.75;0.75";

    private static Dataset Seasonal() => new TinyDataset()
        .Node("A").Node("B", kind: NodeKind.Port, edit: n => n with { CapacityTonnesPerDay = 100, CapacityMonthFactors = MonthProfile.TryParse(LowWater, out _) })
        .Link("A", "B", id: "a-b", mode: Mode.Ferry, departuresPerWeek: 2, edit: l => l with
        {
            Disruption = new Disruption(4, new FixedDistribution(48)) { MonthWeights = MonthProfile.TryParse(Winter, out _) },
        })
        .Commodity("ore").Supply("A", "ore", 10).Demand("B", "ore", 10)
        .Build();

    private static (LoadResult Result, string Folder) Load(Func<string, string>? nodes = null, Func<string, string>? links = null)
    {
        var folder = Directory.CreateTempSubdirectory("caravan-season-").FullName;
        DatasetWriter.Write(Seasonal(), folder);
        if (nodes is not null)
            File.WriteAllText(Path.Combine(folder, "nodes.csv"), nodes(File.ReadAllText(Path.Combine(folder, "nodes.csv"))));
        if (links is not null)
            File.WriteAllText(Path.Combine(folder, "links.csv"), links(File.ReadAllText(Path.Combine(folder, "links.csv"))));
        return (DatasetReader.LoadFolder(folder), folder);
    }

    [Fact]
    public void WriteThenRead_SeasonalColumns_RoundTrip()
    {
        var (result, folder) = Load();
        try
        {
            Assert.Empty(result.Problems);
            Assert.Equal(LowWater, result.Dataset!.FindNode("B")!.CapacityMonthFactors!.Syntax);
            Assert.Equal(Winter, result.Dataset.Links.Single().Disruption!.MonthWeights!.Syntax);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Theory]
    [InlineData("nodes", "capacity_month_factors", "0.75;0.75", "a month profile has 12 values")]
    [InlineData("links", "closure_month_weights", "0;0;0;0;0;0;0;0;0;0;0;0", "at least one month with a positive weight")]
    [InlineData("links", "closure_month_weights", "1;1;1;1;1;1;1;1;1;1;1;minus", "month value 12 is not a number")]
    public void Read_BadMonthColumn_LocatedProblem(string table, string column, string value, string message)
    {
        var original = table == "nodes" ? LowWater : Winter;
        var (result, folder) = table == "nodes" ? Load(nodes: t => t.Replace(original, value)) : Load(links: t => t.Replace(original, value));
        try
        {
            Assert.Null(result.Dataset);
            var problem = Assert.Single(result.Problems);
            Assert.EndsWith($"{table}.csv", problem.File, StringComparison.Ordinal);
            var header = File.ReadLines(Path.Combine(folder, $"{table}.csv")).First().Split(',');
            Assert.Equal(Array.IndexOf(header, column) + 1, problem.Column);
            Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Read_MonthWeightsWithoutClosures_LocatedProblem()
    {
        var (result, folder) = Load(links: t => t.Replace(",4,fixed(48),", ",,,"));
        try
        {
            Assert.Contains(result.Problems, p => p.Message.Contains("give closures_per_year > 0", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
