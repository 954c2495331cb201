using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Caravan.Cli.Output;

/// <summary>Writes machine-readable JSON straight to the console's stream, unwrapped and unstyled.</summary>
public static class JsonOutput
{
    /// <summary>camelCase names, enums as strings, nulls kept so a field's absence never changes the shape.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Serialises <paramref name="value"/> and writes it with a trailing newline.</summary>
    public static void Write(IAnsiConsole console, object value) => WriteRaw(console, JsonSerializer.Serialize(value, Options));

    /// <summary>Writes text as is (no markup, no wrapping).</summary>
    public static void WriteRaw(IAnsiConsole console, string text)
    {
        var writer = console.Profile.Out.Writer;
        writer.Write(text);
        writer.Write('\n');
        writer.Flush();
    }
}
