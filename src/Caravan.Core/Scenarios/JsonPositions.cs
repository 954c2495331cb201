using System.Text;
using System.Text.Json;
using Caravan.Core.Data;

namespace Caravan.Core.Scenarios;

/// <summary>
/// Where each value of a scenario document starts, by path (<c>$.edits[2].nodes[0]</c>), as 1-based
/// line and column. <see cref="JsonDocument"/> keeps no positions, so one pass of
/// <see cref="Utf8JsonReader"/> records them for error messages; YAML documents record theirs while
/// they are converted (<see cref="YamlScenarioText"/>).
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> _starts = new(StringComparer.Ordinal);

    /// <summary>Records where <paramref name="path"/> starts unless it is known already.</summary>
    public void Add(string path, int line, int column) => _starts.TryAdd(path, (line, column));

    /// <summary>
    /// Records every value's position; throws <see cref="JsonException"/> on a syntax error or a
    /// document nested deeper than the limit, and <see cref="InputException"/> on a repeated
    /// property name or more values than the limit.
    /// </summary>
    public static JsonPositions Read(byte[] utf8, InputLimits limits)
    {
        var positions = new JsonPositions();
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
                lineStarts.Add(i + 1);
        }
        // Tokens come in order, so the column is counted on from the previous token of the same line:
        // counting from the line's start each time made a minified (one-line) document quadratic.
        int lastLine = -1, lastOffset = 0, lastChars = 0;
        (int Line, int Column) Where(long offset)
        {
            var line = lineStarts.BinarySearch((int)offset);
            if (line < 0)
                line = ~line - 1;
            if (line != lastLine || offset < lastOffset)
                (lastLine, lastOffset, lastChars) = (line, lineStarts[line], 0);
            lastChars += Encoding.UTF8.GetCharCount(utf8, lastOffset, (int)offset - lastOffset);
            lastOffset = (int)offset;
            return (line + 1, lastChars + 1);
        }
        var reader = new Utf8JsonReader(utf8, limits.JsonReaderOptions);
        var values = 0;
        // Each open container: its path, whether it is an array, the next index, the pending property, the names seen.
        var stack = new Stack<(string Path, bool Array, int Index, string? Property, Dictionary<string, int>? Names)>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                var top = stack.Pop();
                var name = reader.GetString()!;
                var at = Where(reader.TokenStartIndex);
                if (!top.Names!.TryAdd(name, at.Line))
                    throw new InputException(at.Line, at.Column, $"the key '{name}' appears twice in this object (first on line {top.Names[name]})");
                stack.Push(top with { Property = name });
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
            var (line, column) = Where(reader.TokenStartIndex);
            if (++values > limits.MaxValues)
                throw new InputException(line, column, $"the document has more than {limits.MaxValues:N0} values");
            positions.Add(path, line, column);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var array = reader.TokenType == JsonTokenType.StartArray;
                stack.Push((path, array, 0, null, array ? null : new Dictionary<string, int>(StringComparer.Ordinal)));
            }
        }
        return positions;
    }

    /// <summary>Line and column where the value at <paramref name="path"/> starts; (0, 0) when unknown.</summary>
    public (int Line, int Column) At(string path) => _starts.GetValueOrDefault(path);

    private Dictionary<(int Line, int Column), string>? _paths;

    /// <summary>The path of the value that starts at <paramref name="line"/>:<paramref name="column"/>; null when none does.</summary>
    public string? PathAt(int line, int column)
    {
        // Built once: a document with many problems asks for many paths.
        _paths ??= _starts.GroupBy(s => s.Value).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Key.Length).First().Key);
        return _paths.GetValueOrDefault((line, column));
    }
}
