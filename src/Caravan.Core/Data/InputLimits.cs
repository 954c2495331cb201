using System.Text.Json;

namespace Caravan.Core.Data;

/// <summary>
/// The bounds every reader of untrusted input applies — CSV tables, GeoJSON networks, scenario JSON
/// and YAML, the server's request bodies — kept in one place so that a broken or hostile document
/// costs a bounded amount of time and memory and is answered with a located problem, never a
/// crash. YAML aliases (<c>*name</c>) are refused outright: they are how a few hundred bytes expand
/// into gigabytes, and no Caravan document needs them. docs/reliability.md lists the limits.
/// </summary>
public sealed record InputLimits
{
    /// <summary>The limits Caravan applies unless a caller (a test) gives others.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>Largest document one reader takes, characters: one CSV table, a GeoJSON file, a scenario (64 Mi).</summary>
    public int MaxDocumentChars { get; init; } = 64 * 1024 * 1024;

    /// <summary>Deepest nesting of JSON arrays and objects or YAML lists and maps (a scenario needs 4, a GeoJSON network 5).</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most values (scalars, lists, maps) in one JSON or YAML document.</summary>
    public int MaxValues { get; init; } = 1_000_000;

    /// <summary>Most data rows in one CSV table, and most features in one GeoJSON network.</summary>
    public int MaxRows { get; init; } = 1_000_000;

    /// <summary>Most fields in one CSV row (the widest table has 25 columns).</summary>
    public int MaxFields { get; init; } = 256;

    /// <summary>Longest single CSV field, characters.</summary>
    public int MaxFieldChars { get; init; } = 65_536;

    /// <summary>
    /// How JSON documents are read: at most <see cref="MaxDepth"/> deep, comments and trailing commas
    /// allowed (scenario files are written by hand), a repeated property name refused.
    /// </summary>
    public JsonDocumentOptions JsonDocumentOptions => new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>The same rules for <see cref="Utf8JsonReader"/>, which checks depth but leaves repeated names to its caller.</summary>
    public JsonReaderOptions JsonReaderOptions => new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The problem with a document of <paramref name="chars"/> characters; null when it is within the limit.</summary>
    public string? DocumentTooLarge(long chars) =>
        chars > MaxDocumentChars ? $"the document is larger than the limit of {MaxDocumentChars:N0} characters" : null;

    /// <summary>
    /// The text of the file at <paramref name="path"/>; throws <see cref="IOException"/> when it cannot
    /// be read or is longer than <see cref="MaxDocumentChars"/> (a link to an endless device).
    /// </summary>
    public string ReadAllText(string path)
    {
        using var reader = Bound(new StreamReader(path));
        return reader.ReadToEnd();
    }

    /// <summary>
    /// <paramref name="reader"/>, cut off with an <see cref="IOException"/> once it has given
    /// <see cref="MaxDocumentChars"/> characters, so an endless source (a link to a device) cannot exhaust memory.
    /// </summary>
    public TextReader Bound(TextReader reader) => new BoundedReader(reader, MaxDocumentChars, DocumentTooLarge(long.MaxValue)!);
}
