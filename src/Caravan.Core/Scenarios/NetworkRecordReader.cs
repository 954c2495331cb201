using System.Text.Json;
using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Network;

namespace Caravan.Core.Scenarios;

/// <summary>
/// Reads the whole node or link record that <c>add_node</c> and <c>add_link</c> edits carry, with the
/// field names of the other edits (camelCase, units in the name) and located problems for bad fields.
/// </summary>
internal static class NetworkRecordReader
{
    public static readonly string[] LinkFields =
        ["type", "id", "from", "to", "mode", "twoWay", "distanceKm", "transitTimeHours", "costUsdPerTonne",
         "capacityTonnesPerDay", "capacityTeuPerDay", "capacityWagonsPerDay", "departuresPerWeek", "countries", "chokepoints",
         "operator", "notes"];

    public static readonly string[] NodeFields =
        ["type", "id", "name", "kind", "country", "lat", "lon", "handlingCostUsdPerTonne", "handlingTimeHours",
         "capacityTonnesPerDay", "capacityTeuPerDay", "capacityWagonsPerDay", "servers", "customsRegime", "dwellPaperHours", "dwellDigitalHours", "gaugeChange",
         "licensedClasses", "notes"];

    // A capacity is given in one unit, as in the dataset's tables.
    private static readonly string[] CapacityFields = ["capacityTonnesPerDay", "capacityTeuPerDay", "capacityWagonsPerDay"];

    public static Link ReadLink(JsonElement e, string path, JsonFields f)
    {
        f.OnlyKnown(e, path, "an add_link edit", LinkFields);
        OneCapacityUnit(e, path, f);
        return new Link
        {
            Id = NonEmpty(e, path, "id", f),
            From = NonEmpty(e, path, "from", f),
            To = NonEmpty(e, path, "to", f),
            Mode = Enum<Mode>(e, path, "mode", f) ?? Mode.Rail,
            TwoWay = Bool(e, path, "twoWay", f) ?? true,
            DistanceKm = f.Number(e, path, "distanceKm", required: true, min: 0, max: FieldLimits.MaxDistanceKm, positive: true) ?? 0,
            TransitTimeHours = f.Dist(e, path, "transitTimeHours", required: true) ?? Distribution.Zero,
            CostUsdPerTonne = f.Number(e, path, "costUsdPerTonne", required: true, min: 0, max: FieldLimits.MaxUsdPerTonne) ?? 0,
            CapacityTonnesPerDay = f.Number(e, path, "capacityTonnesPerDay", min: 0, max: FieldLimits.MaxTonnesPerDay, positive: true),
            CapacityTeuPerDay = f.Number(e, path, "capacityTeuPerDay", min: 0, max: FieldLimits.MaxTeuPerDay, positive: true),
            CapacityWagonsPerDay = f.Number(e, path, "capacityWagonsPerDay", min: 0, max: FieldLimits.MaxWagonsPerDay, positive: true),
            DeparturesPerWeek = f.Number(e, path, "departuresPerWeek", min: 0, max: FieldLimits.MaxDeparturesPerWeek, positive: true),
            Countries = f.Refs(e, path, "countries").Select(r => r.Id).ToArray(),
            Chokepoints = f.Refs(e, path, "chokepoints").Select(r => r.Id).ToArray(),
            Operator = f.Text(e, path, "operator") ?? "",
            Notes = f.Text(e, path, "notes") ?? "",
        };
    }

    public static Node ReadNode(JsonElement e, string path, JsonFields f)
    {
        f.OnlyKnown(e, path, "an add_node edit", NodeFields);
        OneCapacityUnit(e, path, f);
        var node = ReadNodeFields(e, path, f);
        if (node.Kind == NodeKind.Border && (node.CustomsRegime is null || node.DwellPaperHours is null || node.DwellDigitalHours is null))
            f.Fail(path, "a border needs 'customsRegime', 'dwellPaperHours' and 'dwellDigitalHours'");
        return node;
    }

    private static Node ReadNodeFields(JsonElement e, string path, JsonFields f) =>
        new()
        {
            Id = NonEmpty(e, path, "id", f),
            Name = NonEmpty(e, path, "name", f),
            Kind = Enum<NodeKind>(e, path, "kind", f) ?? NodeKind.Hub,
            Country = NonEmpty(e, path, "country", f),
            Lat = f.Number(e, path, "lat", required: true, min: -90, max: 90) ?? 0,
            Lon = f.Number(e, path, "lon", required: true, min: -180, max: 180) ?? 0,
            HandlingCostUsdPerTonne = f.Number(e, path, "handlingCostUsdPerTonne", min: 0, max: FieldLimits.MaxUsdPerTonne) ?? 0,
            HandlingTimeHours = f.Dist(e, path, "handlingTimeHours") ?? Distribution.Zero,
            CapacityTonnesPerDay = f.Number(e, path, "capacityTonnesPerDay", min: 0, max: FieldLimits.MaxTonnesPerDay, positive: true),
            CapacityTeuPerDay = f.Number(e, path, "capacityTeuPerDay", min: 0, max: FieldLimits.MaxTeuPerDay, positive: true),
            CapacityWagonsPerDay = f.Number(e, path, "capacityWagonsPerDay", min: 0, max: FieldLimits.MaxWagonsPerDay, positive: true),
            Servers = WholeNumber(e, path, "servers", f),
            CustomsRegime = e.TryGetProperty("customsRegime", out _) ? Enum<CustomsRegime>(e, path, "customsRegime", f) : null,
            DwellPaperHours = f.Dist(e, path, "dwellPaperHours"),
            DwellDigitalHours = f.Dist(e, path, "dwellDigitalHours"),
            GaugeChange = Bool(e, path, "gaugeChange", f) ?? false,
            LicensedClasses = f.Refs(e, path, "licensedClasses").Select(r => r.Id).ToArray(),
            Notes = f.Text(e, path, "notes") ?? "",
        };

    private static int? WholeNumber(JsonElement e, string path, string name, JsonFields f)
    {
        var value = f.Number(e, path, name, min: 1, max: FieldLimits.MaxServers);
        if (value is { } v && v != Math.Floor(v))
        {
            f.Fail($"{path}.{name}", $"'{name}' must be a whole number; got {v}");
            return null;
        }
        return value is null ? null : (int)value.Value;
    }

    private static void OneCapacityUnit(JsonElement e, string path, JsonFields f)
    {
        var given = CapacityFields.Where(name => e.TryGetProperty(name, out _)).ToList();
        if (given.Count > 1)
            f.Fail($"{path}.{given[1]}", $"the capacity is given as both '{given[0]}' and '{given[1]}'; a capacity has one unit");
    }

    private static string NonEmpty(JsonElement e, string path, string name, JsonFields f)
    {
        var text = f.Text(e, path, name, required: true);
        if (text is { Length: 0 })
            f.Fail($"{path}.{name}", $"'{name}' must not be empty");
        return text ?? "";
    }

    private static bool? Bool(JsonElement e, string path, string name, JsonFields f)
    {
        if (!e.TryGetProperty(name, out var value))
            return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return value.GetBoolean();
        f.Fail($"{path}.{name}", $"'{name}' must be true or false");
        return null;
    }

    private static TEnum? Enum<TEnum>(JsonElement e, string path, string name, JsonFields f)
        where TEnum : struct, Enum
    {
        var text = f.Text(e, path, name, required: true);
        if (text is null)
            return null;
        if (SnakeCase.TryParse<TEnum>(text, out var value))
            return value;
        var names = SnakeCase.Names<TEnum>();
        f.Fail($"{path}.{name}", $"unknown {name} '{text}'{Data.Suggestions.DidYouMean(text, names)}; expected one of {string.Join(", ", names)}");
        return null;
    }
}
