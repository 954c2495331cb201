using System.Xml.Linq;
using Caravan.Core.Data;

namespace Caravan.Core.Tests.Architecture;

public sealed class CoreDependencyTests
{
    private static readonly string[] Forbidden =
    [
        "Caravan.Cli", "Caravan.Server", "Caravan.Storage", "Caravan.Optimization",
        "Spectre.Console", "Google.OrTools", "Google.Protobuf", "Npgsql", "Microsoft.Data.Sqlite", "Dapper", "DbUp", "Orleans",
        "Microsoft.AspNetCore", "ScottPlot", "SkiaSharp",
    ];

    [Fact]
    public void CoreAssembly_ReferencesNoHostSolverOrDatabase()
    {
        var references = typeof(Dataset).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => Forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void CoreProject_ReferencesOnlyPureManagedPackagesAndNoProjects()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "Caravan.Core", "Caravan.Core.csproj"));
        var packages = project.Descendants("PackageReference").Select(e => (string)e.Attribute("Include")!).ToList();
        Assert.Empty(project.Descendants("ProjectReference"));
        Assert.All(packages, p => Assert.Contains(p, new[] { "CsvHelper", "JsonSchema.Net", "MathNet.Numerics", "YamlDotNet" }));
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Caravan.slnx")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Caravan.slnx not found above the test folder.");
    }
}
