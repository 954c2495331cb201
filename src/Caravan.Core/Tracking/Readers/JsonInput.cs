using System.Text;
using System.Text.Json;
using Caravan.Core.Data;
using Caravan.Core.Scenarios;

namespace Caravan.Core.Tracking;

/// <summary>
/// A JSON event document read under <see cref="InputLimits"/>, with every value's line and column so a
/// problem can name both the JSON path and the place in the file.
/// </summary>
internal sealed class JsonInput : IDisposable
{
    private readonly JsonPositions _positions;

    private JsonInput(string file, JsonDocument document, JsonPositions positions)
    {
        File = file;
        Document = document;
        _positions = positions;
    }

    /// <summary>The file (or request) name problems carry.</summary>
    public string File { get; }

    /// <summary>The parsed document.</summary>
    public JsonDocument Document { get; }

    /// <summary>Reads <paramref name="text"/>; null with <paramref name="problem"/> set when it is too large, too deep or not JSON.</summary>
    public static JsonInput? Read(string text, string file, InputLimits limits, out Problem? problem)
    {
        problem = null;
        if (limits.DocumentTooLarge(text.Length) is { } tooLarge)
        {
            problem = new Problem(file, 0, 0, tooLarge);
            return null;
        }
        var utf8 = Encoding.UTF8.GetBytes(text);
        try
        {
            var positions = JsonPositions.Read(utf8, limits);
            return new JsonInput(file, JsonDocument.Parse(utf8, limits.JsonDocumentOptions), positions);
        }
        catch (InputException e)
        {
            problem = new Problem(file, e.Line, e.Column, e.Message);
        }
        catch (JsonException e)
        {
            // System.Text.Json counts lines and bytes from zero.
            problem = new Problem(file, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1, $"not valid JSON: {FirstSentence(e.Message)}");
        }
        catch (ArgumentException e)
        {
            problem = new Problem(file, 0, 0, $"not valid JSON: {e.Message}");
        }
        return null;
    }

    /// <summary>A problem at the value <paramref name="path"/> (or the nearest enclosing value whose place is known).</summary>
    public Problem At(string path, string message)
    {
        var probe = path;
        var (line, column) = _positions.At(probe);
        while (line == 0 && probe.Length > 1)
        {
            var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
            if (cut <= 0)
                break;
            probe = probe[..cut];
            (line, column) = _positions.At(probe);
        }
        return new Problem(File, line, column, $"{path}: {message}");
    }

    public void Dispose() => Document.Dispose();

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
