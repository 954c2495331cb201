using System.Text.RegularExpressions;

namespace Caravan.Core.Tests.Data;

/// <summary>
/// Every citation in the repository points at something a reader can follow: a public source
/// (publisher, title, date, address) or a file that is in the repository. Checked over the docs,
/// the datasets' SOURCES.md files, CSV notes, scenario and project files, and code comments.
/// </summary>
public sealed partial class CitationTests
{
    // Notes the dataset was compiled from that are not in the repository, so readers cannot follow them.
    private static readonly string[] PrivateNotes =
        ["mission" + "-data", "reference" + "-data", "distances" + ".md", "distances" + ".csv", "product" + "-anchors",
         "performance" + "-anchors", "shared/" + "research", "DESIGN" + ".md", "HOUSE" + "-STYLE", "research" + " notes"];

    private static readonly string[] Extensions = [".md", ".csv", ".json", ".yaml", ".yml", ".cs", ".js", ".html", ".props"];

    private static readonly string[] RepositoryFolders = ["src/", "docs/", "tests/", "benchmarks/", ".ci/"];

    private static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Caravan.slnx")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root (Caravan.slnx) not found");
        }
    }

    private static IEnumerable<string> Files()
    {
        var skip = new[] { $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
            $"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", $"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}",
            $"{Path.DirectorySeparatorChar}BenchmarkDotNet.Artifacts{Path.DirectorySeparatorChar}" };
        return Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !skip.Any(s => f.Contains(s, StringComparison.Ordinal)))
            .Where(f => Path.GetFileName(f) != $"{nameof(CitationTests)}.cs");
    }

    private static string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    [Fact]
    public void Repository_NoCitationOfPrivateResearchNotes()
    {
        var found = new List<string>();
        foreach (var file in Files())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var note in PrivateNotes.Where(n => lines[i].Contains(n, StringComparison.OrdinalIgnoreCase)))
                    found.Add($"{Relative(file)}:{i + 1}: cites '{note}', which readers do not have");
            }
        }
        Assert.True(found.Count == 0, $"{found.Count} citation(s) of notes outside the repository:\n{string.Join('\n', found.Take(60))}");
    }

    [Fact]
    public void Repository_EveryCitedFileExists()
    {
        var root = Root;
        var missing = new List<string>();
        foreach (var file in Files().Where(f => Path.GetExtension(f) is ".md" or ".csv" or ".json" or ".yaml" or ".yml"))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                // A build output (bin/, obj/) is made by building or testing, not kept in the repository.
                foreach (var target in CitedPaths(lines[i]).Where(t => !t.Contains("/bin/", StringComparison.Ordinal) && !t.Contains("/obj/", StringComparison.Ordinal)))
                {
                    var path = target.Split('#')[0];
                    var fromFile = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
                    var fromRoot = Path.GetFullPath(Path.Combine(root, path));
                    if (!File.Exists(fromFile) && !Directory.Exists(fromFile) && !File.Exists(fromRoot) && !Directory.Exists(fromRoot))
                        missing.Add($"{Relative(file)}:{i + 1}: '{target}' does not exist");
                }
            }
        }
        Assert.True(missing.Count == 0, $"{missing.Count} citation(s) of missing files:\n{string.Join('\n', missing.Take(60))}");
    }

    [Theory]
    [InlineData("see [dataset.md](dataset.md#nodes)", "dataset.md#nodes")]
    [InlineData("the file `src/Caravan.Core/Data/Eurasia/tariffs.csv` holds", "src/Caravan.Core/Data/Eurasia/tariffs.csv")]
    [InlineData("a public source (https://example.org/x.md) and [web](http://a.b/c)", null)]
    [InlineData("`projects/<id>.json` and `scenarios/*.json` are patterns", null)]
    public void CitedPaths_Line_FindsRepositoryPathsOnly(string line, string? expected)
    {
        var paths = CitedPaths(line).ToList();
        if (expected is null)
            Assert.Empty(paths);
        else
            Assert.Equal([expected], paths);
    }

    // Markdown link targets that are not web addresses, and code spans naming a repository path.
    private static IEnumerable<string> CitedPaths(string line)
    {
        foreach (Match m in MarkdownLink().Matches(line))
        {
            var target = m.Groups[1].Value.Trim();
            if (target.Length > 0 && !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith('#') && !target.StartsWith("mailto:", StringComparison.Ordinal))
                yield return target;
        }
        foreach (Match m in CodeSpan().Matches(line))
        {
            var path = m.Groups[1].Value.Trim();
            if (RepositoryFolders.Any(f => path.StartsWith(f, StringComparison.Ordinal)) && path.IndexOfAny(['*', '<', '>', '{', '}', ' ', '|']) < 0)
                yield return path;
        }
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();
}
