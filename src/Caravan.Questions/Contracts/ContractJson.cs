using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Caravan.Questions.Contracts;

/// <summary>
/// How both hosts write the contracts: camelCase names, closed sets in snake case (<c>time_limit</c>,
/// <c>inland_water</c>), nulls kept so a field's absence never changes the shape. The command line
/// indents; the server does not.
/// </summary>
public static class ContractJson
{
    /// <summary>The options of the command line's JSON (indented).</summary>
    public static JsonSerializerOptions Indented { get; } = Configure(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>Sets <paramref name="options"/> the way every contract is written (the server applies it to its JSON options).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        if (!options.Converters.Any(c => c is JsonStringEnumConverter))
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }
}
