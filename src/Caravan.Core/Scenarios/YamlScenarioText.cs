using System.Globalization;
using System.Text.Json;
using Caravan.Core.Data;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Caravan.Core.Scenarios;

/// <summary>
/// Turns a YAML scenario document into the equivalent JSON, recording where each value starts in the
/// YAML text, so one reader (<see cref="ScenarioParser"/>) checks both formats with the same messages.
/// Plain scalars follow the YAML 1.2 core schema (numbers, true/false, null); quoted ones stay text.
/// It reads YamlDotNet's event stream rather than its document model, so the
/// <see cref="InputLimits"/> (depth, number of values, no aliases, no repeated keys) are enforced
/// before anything is built: a deeply nested or alias-bomb document stops at the first event past a limit.
/// </summary>
internal static class YamlScenarioText
{
    /// <summary>
    /// The JSON text and positions; throws <see cref="YamlException"/> on a syntax error and
    /// <see cref="InputException"/> when the document breaks a limit or rule.
    /// </summary>
    public static (byte[] Json, JsonPositions Positions) Convert(string yaml, InputLimits limits)
    {
        var parser = new Parser(new StringReader(yaml));
        var positions = new JsonPositions();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            var converter = new Converter(parser, writer, positions, limits);
            converter.Stream();
        }
        return (buffer.ToArray(), positions);
    }

    private sealed class Converter(Parser parser, Utf8JsonWriter writer, JsonPositions positions, InputLimits limits)
    {
        private int _values;

        public void Stream()
        {
            Next(); // StreamStart
            Next();
            if (parser.Current is StreamEnd)
            {
                writer.WriteNullValue(); // an empty file: the parser says what a scenario must hold
                return;
            }
            Expect<DocumentStart>();
            Next();
            Value("$", 0);
            Expect<DocumentEnd>();
            Next();
            if (parser.Current is DocumentStart second)
                throw Fail(second, "a scenario file holds one YAML document; a second one starts here");
        }

        private void Value(string path, int depth)
        {
            var e = parser.Current!;
            if (++_values > limits.MaxValues)
                throw Fail(e, $"the document has more than {limits.MaxValues:N0} values");
            positions.Add(path, Line(e), Column(e));
            switch (e)
            {
                case AnchorAlias alias:
                    throw Fail(alias, $"YAML aliases (*{alias.Value}) are not accepted: write the value out in full");
                case Scalar scalar:
                    WriteScalar(scalar);
                    Next();
                    break;
                case SequenceStart:
                    Deeper(e, depth);
                    writer.WriteStartArray();
                    Next();
                    for (var i = 0; parser.Current is not SequenceEnd; i++)
                        Value(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), depth + 1);
                    writer.WriteEndArray();
                    Next();
                    break;
                case MappingStart:
                    Deeper(e, depth);
                    Mapping(path, depth);
                    break;
                default:
                    throw Fail(e, $"unexpected YAML {e.GetType().Name}");
            }
        }

        private void Mapping(string path, int depth)
        {
            writer.WriteStartObject();
            Next();
            var keys = new Dictionary<string, int>(StringComparer.Ordinal);
            while (parser.Current is not MappingEnd)
            {
                if (parser.Current is not Scalar { } key)
                    throw Fail(parser.Current!, "a key must be plain text");
                if (!keys.TryAdd(key.Value, Line(key)))
                    throw Fail(key, $"the key '{key.Value}' appears twice in this map (first on line {keys[key.Value]})");
                writer.WritePropertyName(key.Value);
                Next();
                Value($"{path}.{key.Value}", depth + 1);
            }
            writer.WriteEndObject();
            Next();
        }

        private void Deeper(ParsingEvent e, int depth)
        {
            if (depth >= limits.MaxDepth)
                throw Fail(e, $"lists and maps are nested more than {limits.MaxDepth} deep");
        }

        private void WriteScalar(Scalar scalar)
        {
            var text = scalar.Value ?? "";
            if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
            {
                writer.WriteStringValue(text);
                return;
            }
            switch (text)
            {
                case "" or "~" or "null" or "Null" or "NULL":
                    writer.WriteNullValue();
                    return;
                case "true" or "True" or "TRUE":
                    writer.WriteBooleanValue(true);
                    return;
                case "false" or "False" or "FALSE":
                    writer.WriteBooleanValue(false);
                    return;
            }
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                && text.Length > 0 && (char.IsDigit(text[0]) || text[0] is '-' or '+' or '.'))
                writer.WriteNumberValue(number);
            else
                writer.WriteStringValue(text);
        }

        private void Next()
        {
            var last = parser.Current;
            bool more;
            try
            {
                more = parser.MoveNext();
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
            {
                // YamlDotNet's scanner throws these on some malformed text (a stray byte-order mark in a
                // flow list) instead of a YamlException; the last good event says roughly where.
                var line = last is null ? 0 : (int)Math.Min(last.End.Line, int.MaxValue);
                var column = last is null ? 0 : (int)Math.Min(last.End.Column, int.MaxValue);
                throw new InputException(line, column, "not valid YAML: the text after this point cannot be read");
            }
            if (!more)
                throw new InputException(0, 0, "the YAML document ends unexpectedly");
        }

        private void Expect<T>()
            where T : ParsingEvent
        {
            if (parser.Current is not T)
                throw Fail(parser.Current!, $"unexpected YAML {parser.Current!.GetType().Name}");
        }

        private static InputException Fail(ParsingEvent e, string message) => new(Line(e), Column(e), message);

        private static int Line(ParsingEvent e) => (int)Math.Min(e.Start.Line, int.MaxValue);

        private static int Column(ParsingEvent e) => (int)Math.Min(e.Start.Column, int.MaxValue);
    }
}
