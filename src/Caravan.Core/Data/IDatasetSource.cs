namespace Caravan.Core.Data;

/// <summary>Where a dataset's files come from: a folder or the program's embedded resources.</summary>
public interface IDatasetSource
{
    /// <summary>A short name for the dataset.</summary>
    string Name { get; }

    /// <summary>How <paramref name="file"/> is named in messages (a path for folders).</summary>
    string Describe(string file);

    /// <summary>Opens <paramref name="file"/> (relative, with '/' separators), or null when absent.</summary>
    TextReader? Open(string file);

    /// <summary>The files under <paramref name="folder"/> (relative names), for folders of tables like scenarios.</summary>
    IEnumerable<string> List(string folder);
}
