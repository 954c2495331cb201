using System.Reflection;

namespace Caravan.Core.Data;

/// <summary>The built-in Eurasia dataset, embedded in the Core assembly.</summary>
public sealed class BuiltInSource : IDatasetSource
{
    private const string Prefix = "Caravan.Eurasia/";
    private static readonly Assembly Assembly = typeof(BuiltInSource).Assembly;

    /// <inheritdoc />
    public string Name => "eurasia";

    /// <inheritdoc />
    public string Describe(string file) => $"eurasia/{file}";

    /// <inheritdoc />
    public TextReader? Open(string file)
    {
        var stream = Assembly.GetManifestResourceStream(Prefix + file);
        return stream is null ? null : new StreamReader(stream);
    }

    /// <inheritdoc />
    public IEnumerable<string> List(string folder) =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith($"{Prefix}{folder}/", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal);
}
