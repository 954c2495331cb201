namespace Caravan.Core.Data;

/// <summary>A dataset in a folder on disk.</summary>
public sealed class FolderSource : IDatasetSource
{
    private readonly string _root;

    /// <summary>Reads from <paramref name="root"/>.</summary>
    public FolderSource(string root) => _root = root;

    /// <inheritdoc />
    public string Name => Path.GetFileName(Path.GetFullPath(_root).TrimEnd(Path.DirectorySeparatorChar));

    /// <inheritdoc />
    public string Describe(string file) => Path.Combine(_root, file);

    /// <inheritdoc />
    public TextReader? Open(string file)
    {
        var path = Path.Combine(_root, file);
        return File.Exists(path) ? new StreamReader(path) : null;
    }

    /// <inheritdoc />
    public IEnumerable<string> List(string folder)
    {
        var path = Path.Combine(_root, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Order(StringComparer.Ordinal).Select(f => $"{folder}/{Path.GetFileName(f)}")
            : [];
    }
}
