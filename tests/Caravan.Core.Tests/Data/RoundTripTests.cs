using Caravan.Core.Data;

namespace Caravan.Core.Tests.Data;

public sealed class RoundTripTests
{
    [Fact]
    public void GeoJson_ExportThenImport_GivesTheSameNetwork()
    {
        using var folder = new FixtureFolder();
        var original = DatasetReader.LoadFolder(folder.Path).Dataset!;

        var geoJson = GeoJsonNetwork.Export(original);
        var imported = GeoJsonNetwork.Import(geoJson, "network.geojson", new FolderSource(folder.Path));

        Assert.Empty(imported.Problems);
        AssertSameNetwork(original, imported.Dataset!);
    }

    [Fact]
    public void GeoJson_MovedPoint_TakesTheNewCoordinates()
    {
        using var folder = new FixtureFolder();
        var original = DatasetReader.LoadFolder(folder.Path).Dataset!;
        var geoJson = GeoJsonNetwork.Export(original).Replace("139.65", "139.7", StringComparison.Ordinal);

        var imported = GeoJsonNetwork.Import(geoJson, "network.geojson", new FolderSource(folder.Path)).Dataset!;

        Assert.Equal(139.7, imported.FindNode("JPYOK")!.Lon);
    }

    [Fact]
    public void GeoJson_UnknownNodeInLink_IsALocatedProblem()
    {
        using var folder = new FixtureFolder();
        var original = DatasetReader.LoadFolder(folder.Path).Dataset!;
        var geoJson = GeoJsonNetwork.Export(original).Replace("\"to\": \"CNLYG\"", "\"to\": \"CNLYX\"", StringComparison.Ordinal);

        var result = GeoJsonNetwork.Import(geoJson, "network.geojson", new FolderSource(folder.Path));

        Assert.Null(result.Dataset);
        Assert.Contains(result.Problems, p => p.ToString().StartsWith("network.geojson[links.csv]:3:3: unknown node 'CNLYX'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"type\":\"Feature\"}")]
    [InlineData("[]")]
    public void GeoJson_NotACollection_IsAProblemNotAnException(string text)
    {
        using var folder = new FixtureFolder();
        var result = GeoJsonNetwork.Import(text, "bad.geojson", new FolderSource(folder.Path));
        Assert.Null(result.Dataset);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void Csv_WriteThenRead_GivesTheSameDataset()
    {
        using var folder = new FixtureFolder();
        using var output = new FixtureFolder();
        var original = DatasetReader.LoadFolder(folder.Path).Dataset!;

        DatasetWriter.Write(original, output.Path);
        var reread = DatasetReader.LoadFolder(output.Path);

        Assert.Empty(reread.Problems);
        AssertSameNetwork(original, reread.Dataset!);
        Assert.Equal(original.Commodities, reread.Dataset!.Commodities, new RecordListComparer<Caravan.Core.Data.Commodity>());
        Assert.Equal(original.Supply, reread.Dataset.Supply);
        Assert.Equal(original.Demand, reread.Dataset.Demand);
        Assert.Equal(original.Countries, reread.Dataset.Countries);
    }

    [Fact]
    public void BuiltIn_WriteThenRead_GivesTheSameNetwork()
    {
        using var output = new FixtureFolder();
        var original = DatasetReader.BuiltIn();
        DatasetWriter.Write(original, output.Path);
        var reread = DatasetReader.LoadFolder(output.Path);
        Assert.Empty(reread.Problems);
        AssertSameNetwork(original, reread.Dataset!);
    }

    private static void AssertSameNetwork(Dataset expected, Dataset actual)
    {
        Assert.Equal(expected.Nodes.Count, actual.Nodes.Count);
        Assert.Equal(expected.Links.Count, actual.Links.Count);
        var comparer = new RecordListComparer<object>();
        for (var i = 0; i < expected.Nodes.Count; i++)
            Assert.True(comparer.Equals(expected.Nodes[i], actual.Nodes[i]), $"node {expected.Nodes[i].Id} differs");
        for (var i = 0; i < expected.Links.Count; i++)
            Assert.True(comparer.Equals(expected.Links[i], actual.Links[i]), $"link {expected.Links[i].Id} differs");
    }
}
