using System.Text.Json;
using Caravan.Questions.Contracts;
using Spectre.Console;

namespace Caravan.Cli.Output;

/// <summary>Writes machine-readable JSON straight to the console's stream, unwrapped and unstyled.</summary>
public static class JsonOutput
{
    /// <summary>The contracts' options (<see cref="ContractJson"/>), indented.</summary>
    public static JsonSerializerOptions Options => ContractJson.Indented;

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
