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
    /// <remarks>
    /// A file that exists but cannot be opened (a dangling or looping link, no permission) gives a
    /// reader whose first read fails with the reason; every file is cut off at
    /// <see cref="InputLimits.MaxDocumentChars"/>, so a link to an endless device cannot exhaust memory.
    /// </remarks>
    public TextReader? Open(string file)
    {
        var path = Path.Combine(_root, file);
        if (!File.Exists(path))
            return null;
        try
        {
            return InputLimits.Default.Bound(new StreamReader(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new UnreadableFile($"cannot read: {e.Message}");
        }
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
