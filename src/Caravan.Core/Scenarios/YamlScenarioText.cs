using System.Globalization;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Caravan.Core.Scenarios;

/// <summary>
/// Turns a YAML scenario document into the equivalent JSON, recording where each value starts in the
/// YAML text, so one reader (<see cref="ScenarioParser"/>) checks both formats with the same messages.
/// Plain scalars follow the YAML 1.2 core schema (numbers, true/false, null); quoted ones stay text.
/// </summary>
internal static class YamlScenarioText
{
    /// <summary>The JSON text and positions; throws <see cref="YamlException"/> on a syntax error.</summary>
    public static (byte[] Json, JsonPositions Positions) Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var positions = new JsonPositions();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (stream.Documents.Count == 0)
                writer.WriteNullValue(); // an empty file: the parser says what a scenario must hold
            else
                Write(stream.Documents[0].RootNode, "$", writer, positions);
        }
        return (buffer.ToArray(), positions);
    }

    private static void Write(YamlNode node, string path, Utf8JsonWriter writer, JsonPositions positions)
    {
        positions.Add(path, (int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode { Value: { } text } ? text : key.ToString();
                    writer.WritePropertyName(name);
                    Write(value, $"{path}.{name}", writer, positions);
                }
                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                var i = 0;
                foreach (var item in sequence.Children)
                    Write(item, $"{path}[{i++}]", writer, positions);
                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(scalar, writer);
                break;
            default: // an alias YamlDotNet could not resolve
                writer.WriteNullValue();
                break;
        }
    }

    private static void WriteScalar(YamlScalarNode scalar, Utf8JsonWriter writer)
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
}
