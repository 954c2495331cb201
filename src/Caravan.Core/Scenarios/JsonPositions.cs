using System.Text;
using System.Text.Json;

namespace Caravan.Core.Scenarios;

/// <summary>
/// Where each value of a scenario document starts, by path (<c>$.edits[2].nodes[0]</c>), as 1-based
/// line and column. <see cref="JsonDocument"/> keeps no positions, so one pass of
/// <see cref="Utf8JsonReader"/> records them for error messages; YAML documents record theirs while
/// they are converted (<see cref="YamlScenarioText"/>).
/// </summary>
internal sealed class JsonPositions
{
    public static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Dictionary<string, (int Line, int Column)> _starts = new(StringComparer.Ordinal);

    /// <summary>Records where <paramref name="path"/> starts unless it is known already.</summary>
    public void Add(string path, int line, int column) => _starts.TryAdd(path, (line, column));

    /// <summary>Records every value's position; throws <see cref="JsonException"/> on a syntax error.</summary>
    public static JsonPositions Read(byte[] utf8)
    {
        var positions = new JsonPositions();
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
                lineStarts.Add(i + 1);
        }
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
            var offset = (int)reader.TokenStartIndex;
            var line = lineStarts.BinarySearch(offset);
            if (line < 0)
                line = ~line - 1;
            var column = Encoding.UTF8.GetCharCount(utf8, lineStarts[line], offset - lineStarts[line]) + 1;
            positions.Add(path, line + 1, column);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0, null));
        }
        return positions;
    }

    /// <summary>Line and column where the value at <paramref name="path"/> starts; (0, 0) when unknown.</summary>
    public (int Line, int Column) At(string path) => _starts.GetValueOrDefault(path);

    /// <summary>The path of the value that starts at <paramref name="line"/>:<paramref name="column"/>; null when none does.</summary>
    public string? PathAt(int line, int column) =>
        _starts.FirstOrDefault(s => s.Value == (line, column)).Key;
}
