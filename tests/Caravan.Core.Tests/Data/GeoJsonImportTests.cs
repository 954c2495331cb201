using System.Text.Json.Nodes;
using Caravan.Core.Data;

namespace Caravan.Core.Tests.Data;

/// <summary>GeoJSON import checks every feature as the CSV reader checks every row: nothing is dropped in silence.</summary>
public sealed class GeoJsonImportTests
{
    private static (JsonObject Collection, FixtureFolder Folder) Exported()
    {
        var folder = new FixtureFolder();
        var dataset = DatasetReader.LoadFolder(folder.Path).Dataset!;
        return (JsonNode.Parse(GeoJsonNetwork.Export(dataset))!.AsObject(), folder);
    }

    private static LoadResult Import(JsonObject collection, FixtureFolder folder) =>
        GeoJsonNetwork.Import(collection.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }), "network.geojson", new FolderSource(folder.Path));

    private static JsonObject Feature(JsonObject collection, string id) =>
        collection["features"]!.AsArray().Select(f => f!.AsObject()).Single(f => (string?)f["properties"]!["id"] == id);

    [Fact]
    public void Import_MisspelledProperty_ProblemAtItsLineNotAnUnlimitedLink()
    {
        var (collection, folder) = Exported();
        using (folder)
        {
            var properties = Feature(collection, "pav-dostyk")["properties"]!.AsObject();
            properties.Remove("capacity_t_per_day");
            properties["capacity_t_per_dya"] = 5000;

            var result = Import(collection, folder);

            Assert.Null(result.Dataset);
            var problem = Assert.Single(result.Problems);
            Assert.Equal("network.geojson", problem.File);
            Assert.True(problem.Line > 1);
            Assert.StartsWith("unknown property 'capacity_t_per_dya' of a link (did you mean 'capacity_t_per_day'", problem.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}""", "a node's geometry is a Point; got a Polygon")]
    [InlineData("null", "a node's geometry is a Point; got null")]
    [InlineData("\"here\"", "a node's geometry is a Point; got no geometry object")]
    [InlineData("""{"type": "Point", "coordinates": ["east", 40]}""", "[longitude, latitude]")]
    public void Import_NodeWithoutAPoint_LocatedProblem(string geometry, string message)
    {
        var (collection, folder) = Exported();
        using (folder)
        {
            var node = Feature(collection, "JPYOK");
            node.Remove("properties");
            node["geometry"] = JsonNode.Parse(geometry);
            node["properties"] = new JsonObject { ["feature"] = "node", ["id"] = "JPYOK" };

            var result = Import(collection, folder);

            var problem = Assert.Single(result.Problems);
            Assert.True(problem.Line > 1, problem.ToString());
            Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Import_LinkAsAPoint_LocatedProblem()
    {
        var (collection, folder) = Exported();
        using (folder)
        {
            Feature(collection, "lyg-yok")["geometry"] = JsonNode.Parse("""{"type": "Point", "coordinates": [1, 2]}""");
            Feature(collection, "lyg-yok")["properties"]!["feature"] = "link";

            Assert.Contains("a link's geometry is a LineString; got a Point", Assert.Single(Import(collection, folder).Problems).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{"type": "FeatureCollection", "features": [], "features": []}""", 1, 47, "appears twice")]
    [InlineData("""{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null, "properties": {"feature": "edge"}}]}""", 1, 108, "\"node\" or \"link\"")]
    public void Import_BrokenCollection_LocatedProblemNotAnException(string text, int line, int column, string message)
    {
        using var folder = new FixtureFolder();

        var problem = Assert.Single(GeoJsonNetwork.Import(text, "bad.geojson", new FolderSource(folder.Path)).Problems);

        Assert.Equal(("bad.geojson", line, column), (problem.File, problem.Line, problem.Column));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NestedPastTheDepthLimit_Problem()
    {
        using var folder = new FixtureFolder();
        var text = """{"type": "FeatureCollection", "features": """ + new string('[', 5000) + new string(']', 5000) + "}";

        var problem = Assert.Single(GeoJsonNetwork.Import(text, "deep.geojson", new FolderSource(folder.Path)).Problems);

        Assert.Contains("depth", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Import_MoreFeaturesThanTheLimit_Problem()
    {
        var (collection, folder) = Exported();
        using (folder)
        {
            var result = GeoJsonNetwork.Import(collection.ToJsonString(), "network.geojson", new FolderSource(folder.Path), new InputLimits { MaxRows = 3 });

            Assert.Contains("more than 3 features", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
        }
    }
}
