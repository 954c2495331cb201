namespace Caravan.Cli.Tests;

/// <summary>
/// Golden files: what a command prints, kept in <c>Golden/</c> beside the tests and compared line by
/// line. Set <c>CARAVAN_UPDATE_GOLDEN=1</c> to write them anew after a deliberate change, then review the diff.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual)
    {
        var folder = Path.Combine(CliRunner.RepositoryRoot(), "tests", "Caravan.Cli.Tests", "Golden");
        var path = Path.GetFullPath(Path.Combine(folder, name));
        var text = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("CARAVAN_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, text);
            return;
        }
        Assert.True(File.Exists(path), $"no golden file {path}; run the tests once with CARAVAN_UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == text)
            return;
        var e = expected.Split('\n');
        var a = text.Split('\n');
        var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        Assert.Fail($"{name} differs from its golden file at line {line + 1}:\n  golden: {(line < e.Length ? e[line] : "<end>")}\n  actual: {(line < a.Length ? a[line] : "<end>")}");
    }
}
