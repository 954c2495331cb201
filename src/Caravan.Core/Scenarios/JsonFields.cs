using System.Text.Json;
using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Network;

namespace Caravan.Core.Scenarios;

/// <summary>Reads typed fields of JSON objects, reporting each bad or missing field at its line and column.</summary>
internal sealed class JsonFields(string file, JsonPositions positions, List<Problem> problems)
{
    public int Errors => problems.Count;

    public (int Line, int Column) At(string path) => positions.At(path);

    public void Fail(string path, string message)
    {
        var (line, column) = positions.At(path);
        problems.Add(new Problem(file, line, column, message));
    }

    /// <summary>Reports every property not in <paramref name="allowed"/>, so a typo never silently drops an edit's target.</summary>
    public void OnlyKnown(JsonElement obj, string path, string what, params string[] allowed)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
                Fail($"{path}.{property.Name}", $"unknown field '{property.Name}' in {what}{Suggestions.DidYouMean(property.Name, allowed)}; fields: {string.Join(", ", allowed)}");
        }
    }

    public string? Text(JsonElement obj, string path, string name, bool required = false)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            if (required)
                Fail(path, $"missing field '{name}'");
            return null;
        }
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString()!;
        Fail($"{path}.{name}", $"'{name}' must be a string");
        return null;
    }

    /// <summary>
    /// A finite number from <paramref name="min"/> to <paramref name="max"/>, above <paramref name="min"/>
    /// when <paramref name="positive"/>; without a <paramref name="max"/> its size is at most <see cref="FieldLimits.Ceiling"/>.
    /// </summary>
    public double? Number(JsonElement obj, string path, string name, bool required = false, double min = -FieldLimits.Ceiling,
        double max = FieldLimits.Ceiling, bool positive = false)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            if (required)
                Fail(path, $"missing field '{name}'");
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            Fail($"{path}.{name}", $"'{name}' must be a number");
            return null;
        }
        if (positive ? number <= min : number < min)
        {
            Fail($"{path}.{name}", positive ? $"'{name}' must be > {min}; got {number}" : $"'{name}' must be ≥ {min}; got {number}");
            return null;
        }
        if (number > max)
        {
            Fail($"{path}.{name}", $"'{name}' must be ≤ {max.ToString("#,0.###", System.Globalization.CultureInfo.InvariantCulture)}; got {number}");
            return null;
        }
        return number;
    }

    public Distribution? Dist(JsonElement obj, string path, string name, bool required = false)
    {
        var text = Text(obj, path, name, required);
        if (text is null)
            return null;
        if (DistributionParser.TryParse(text, out var distribution, out var error))
            return distribution;
        Fail($"{path}.{name}", error);
        return null;
    }

    /// <summary>A list of twelve non-negative numbers, one per month from January; missing gives null.</summary>
    public MonthProfile? Months(JsonElement obj, string path, string name, bool required = false)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            if (required)
                Fail(path, $"missing field '{name}'");
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number))
        {
            Fail($"{path}.{name}", $"'{name}' must be a list of 12 numbers, January to December");
            return null;
        }
        var numbers = value.EnumerateArray().Select(v => v.TryGetDouble(out var d) ? d : double.NaN).ToArray();
        if (MonthProfile.Problem(numbers) is { } problem)
        {
            Fail($"{path}.{name}", $"'{name}': {problem}");
            return null;
        }
        return MonthProfile.Of(numbers);
    }

    public ScenarioRef? Ref(JsonElement obj, string path, string name, bool required = false)
    {
        var text = Text(obj, path, name, required);
        if (text is null)
            return null;
        var (line, column) = positions.At($"{path}.{name}");
        return new ScenarioRef(text, line, column);
    }

    /// <summary>An array of id strings; a missing field is an empty list.</summary>
    public IReadOnlyList<ScenarioRef> Refs(JsonElement obj, string path, string name)
    {
        if (!obj.TryGetProperty(name, out var value))
            return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail($"{path}.{name}", $"'{name}' must be a list of ids, like [\"a\", \"b\"]");
            return [];
        }
        var refs = new List<ScenarioRef>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}.{name}[{i++}]";
            if (item.ValueKind != JsonValueKind.String || item.GetString() is not { Length: > 0 } id)
            {
                Fail(itemPath, $"'{name}' entries must be non-empty strings");
                continue;
            }
            var (line, column) = positions.At(itemPath);
            refs.Add(new ScenarioRef(id, line, column));
        }
        return refs;
    }
}
