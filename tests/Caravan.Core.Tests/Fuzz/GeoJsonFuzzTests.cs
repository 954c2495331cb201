using Caravan.Core.Data;
using Caravan.Core.Tests.Data;
using Xunit.Abstractions;

namespace Caravan.Core.Tests.Fuzz;

/// <summary>Mutated GeoJSON networks import to a dataset or located problems: never a crash, a hang or unbounded memory.</summary>
public sealed class GeoJsonFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Tokens =
        ["{", "}", "[", "]", ",", ":", "\"", "1e308", "-1", "null", "true", "\"Polygon\"", "\"Point\"", "\"LineString\"", "\"features\": [],",
         "\"capacity_t_per_dya\": 5,", "\"feature\": \"edge\",", "\"geometry\": \"x\",", "\"coordinates\": [],", "\"lat\": 91,", "\n", "\\u0000", "\uFEFF"];

    [Fact]
    public void Import_MutatedNetwork_DatasetOrLocatedProblems()
    {
        using var folder = new FixtureFolder();
        var exported = GeoJsonNetwork.Export(DatasetReader.LoadFolder(folder.Path).Dataset!);
        var rest = new FolderSource(folder.Path);

        // Problems name the GeoJSON file (its lines, or the node or link table built from it) or one of the other tables.
        var figures = FuzzCampaign.Run(Mutation.Of([exported], Tokens), text => GeoJsonNetwork.Import(text, "fuzz.geojson", rest).Problems,
            p => p.File.StartsWith("fuzz.geojson", StringComparison.Ordinal) || p.File.StartsWith(folder.Path, StringComparison.Ordinal));
        output.WriteLine($"GeoJSON: {figures}");
    }
}
