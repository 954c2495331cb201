namespace Caravan.Core.Tests.Data;

/// <summary>A temporary copy of a fixture dataset that a test may break, deleted afterwards.</summary>
internal sealed class FixtureFolder : IDisposable
{
    public FixtureFolder(string fixture = "valid")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "caravan-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)))
            System.IO.File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Replaces the first occurrence of <paramref name="find"/>; fails the test if absent.</summary>
    public void Replace(string file, string find, string replace)
    {
        var text = System.IO.File.ReadAllText(File(file));
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"fixture {file} lacks '{find}'");
        System.IO.File.WriteAllText(File(file), string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length)));
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
