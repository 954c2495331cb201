using System.Text;
using System.Text.Json;

namespace Caravan.Core.Scenarios;

/// <summary>
/// Where each value of a JSON text starts, by path (<c>$.edits[2].nodes[0]</c>), as 1-based line and
/// column. <see cref="JsonDocument"/> keeps no positions, so one pass of <see cref="Utf8JsonReader"/>
/// records them for error messages.
/// </summary>
internal sealed class JsonPositions
{
    public static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Dictionary<string, int> _offsets = new(StringComparer.Ordinal);
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    private JsonPositions(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
                _lineStarts.Add(i + 1);
        }
    }

    /// <summary>Records every value's position; throws <see cref="JsonException"/> on a syntax error.</summary>
    public static JsonPositions Read(byte[] utf8)
    {
        var positions = new JsonPositions(utf8);
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        // Each open container: its path, whether it is an array, the next index, the pending property.
        var stack = new Stack<(string Path, bool Array, int Index, string? Property)>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                var top = stack.Pop();
                stack.Push(top with { Property = reader.GetString() });
                continue;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                stack.Pop();
                continue;
            }
            string path;
            if (stack.Count == 0)
            {
                path = "$";
            }
            else
            {
                var top = stack.Pop();
                path = top.Array ? $"{top.Path}[{top.Index}]" : $"{top.Path}.{top.Property}";
                stack.Push(top.Array ? top with { Index = top.Index + 1 } : top with { Property = null });
            }
            positions._offsets.TryAdd(path, (int)reader.TokenStartIndex);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0, null));
        }
        return positions;
    }

    /// <summary>Line and column where the value at <paramref name="path"/> starts; (0, 0) when unknown.</summary>
    public (int Line, int Column) At(string path)
    {
        if (!_offsets.TryGetValue(path, out var offset))
            return (0, 0);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
            line = ~line - 1;
        var column = Encoding.UTF8.GetCharCount(_utf8, _lineStarts[line], offset - _lineStarts[line]) + 1;
        return (line + 1, column);
    }

    /// <summary>The path of the value that starts at <paramref name="line"/>:<paramref name="column"/>; null when none does.</summary>
    public string? PathAt(int line, int column) =>
        _offsets.Keys.FirstOrDefault(path => At(path) == (line, column));
}
