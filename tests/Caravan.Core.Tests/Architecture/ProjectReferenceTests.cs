using System.Xml.Linq;

namespace Caravan.Core.Tests.Architecture;

/// <summary>
/// Every project under <c>src/</c> references only what its layer allows: dependencies point down
/// (hosts → cluster → questions → optimization, storage → core), nothing references a host, and a new project
/// must be given its place here before it builds green.
/// </summary>
public sealed class ProjectReferenceTests
{
    // Project → the projects it may reference. The question layer is what both hosts share; the
    // command line may start the server (caravan serve).
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Caravan.Core"] = [],
        ["Caravan.Optimization"] = ["Caravan.Core"],
        ["Caravan.Storage"] = [],
        ["Caravan.Questions"] = ["Caravan.Core", "Caravan.Optimization"],
        ["Caravan.Server"] = ["Caravan.Core", "Caravan.Optimization", "Caravan.Questions", "Caravan.Storage"],
        ["Caravan.Cli"] = ["Caravan.Core", "Caravan.Optimization", "Caravan.Questions", "Caravan.Server", "Caravan.Storage", "Caravan.Cluster"],
        ["Caravan.Cluster"] = ["Caravan.Core", "Caravan.Questions"],
    };

    // Project → the packages it may reference: each external dependency lives in one layer.
    private static readonly Dictionary<string, string[]> Packages = new()
    {
        ["Caravan.Core"] = ["CsvHelper", "JsonSchema.Net", "MathNet.Numerics", "YamlDotNet"],
        ["Caravan.Optimization"] = ["Google.OrTools", "Google.Protobuf"],
        ["Caravan.Storage"] = ["Microsoft.Data.Sqlite", "Npgsql", "Dapper", "dbup-core", "dbup-sqlite", "dbup-postgresql"],
        ["Caravan.Questions"] = [],
        ["Caravan.Server"] = ["Microsoft.AspNetCore.OpenApi", "Scalar.AspNetCore"],
        ["Caravan.Cli"] = ["Spectre.Console", "Spectre.Console.Cli", "ScottPlot"],
        // Orleans lives here only; the cluster's membership and chunk tables use PostgreSQL as Storage does.
        ["Caravan.Cluster"] = ["Microsoft.Orleans.Server", "Microsoft.Orleans.Client", "Microsoft.Orleans.Clustering.AdoNet", "Npgsql", "Dapper", "dbup-postgresql"],
    };

    [Fact]
    public void EveryProject_HasItsPlaceInTheLayers()
    {
        var projects = Directory.GetDirectories(Path.Combine(CoreDependencyTests.RepositoryRoot(), "src")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), projects);
    }

    [Theory]
    [InlineData("Caravan.Core")]
    [InlineData("Caravan.Optimization")]
    [InlineData("Caravan.Storage")]
    [InlineData("Caravan.Questions")]
    [InlineData("Caravan.Server")]
    [InlineData("Caravan.Cli")]
    [InlineData("Caravan.Cluster")]
    public void Project_ReferencesOnlyWhatItsLayerAllows(string name)
    {
        var project = XDocument.Load(Path.Combine(CoreDependencyTests.RepositoryRoot(), "src", name, name + ".csproj"));
        var projects = project.Descendants("ProjectReference").Select(e => Path.GetFileNameWithoutExtension((string)e.Attribute("Include")!)).ToList();
        var packages = project.Descendants("PackageReference").Select(e => (string)e.Attribute("Include")!).ToList();

        Assert.All(projects, p => Assert.Contains(p, Allowed[name]));
        Assert.All(packages, p => Assert.Contains(p, Packages[name]));
    }
}
