using System.Globalization;
using System.Text.Json;

namespace Caravan.Server.Runs;

/// <summary>Flattens JSON into path → leaf value, for comparing runs field by field.</summary>
public static class JsonLeaves
{
    /// <summary>Every leaf (string, number, boolean, null) of <paramref name="root"/> under <paramref name="prefix"/>; arrays as <c>[i]</c>.</summary>
    public static SortedDictionary<string, JsonElement> Of(JsonElement root, string prefix)
    {
        var leaves = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        Walk(root, prefix, leaves);
        return leaves;
    }

    private static void Walk(JsonElement element, string path, SortedDictionary<string, JsonElement> leaves)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", leaves);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    Walk(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]"), leaves);
                break;
            default:
                leaves[path] = element;
                break;
        }
    }
}
