using System.Text;
using System.Text.Json;
using Caravan.Core.Data;
using Caravan.Core.Network;
using YamlDotNet.Core;

namespace Caravan.Core.Scenarios;

/// <summary>
/// Reads scenario files (JSON with comments and trailing commas allowed, or YAML; format in docs/scenarios.md).
/// Reports every problem with file, line and column; never throws on bad input.
/// </summary>
public static class ScenarioParser
{
    /// <summary>The edit types, as spelled in files.</summary>
    public static readonly IReadOnlyList<string> EditTypes =
        ["close", "scale_capacity", "add_delay", "set_transit_time", "change_cost", "export_ban", "digitise_customs", "storms", "lift_rule", "chokepoint_state",
         "seasonal_capacity", "add_node", "add_link", "add_supply"];

    /// <summary>Largest factor a scale_capacity or change_cost edit may apply.</summary>
    public const double MaxFactor = 1_000;

    /// <summary>Latest day a closure window may reach: a hundred years.</summary>
    public const double MaxDay = 36_500;

    /// <summary>Reads a scenario file from disk; a file it cannot read, or one over the size limit, is a problem.</summary>
    public static ScenarioParseResult ParseFile(string path)
    {
        if (!File.Exists(path))
            return new ScenarioParseResult(null, [new Problem(path, 0, 0, "scenario file not found")]);
        var problems = new List<Problem>();
        string? text;
        try
        {
            using var reader = new StreamReader(path);
            text = SourceText.Read(reader, path, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ScenarioParseResult(null, [new Problem(path, 0, 0, $"cannot read: {e.Message}")]);
        }
        return text is null ? new ScenarioParseResult(null, problems) : Parse(text, path);
    }

    /// <summary>True when <paramref name="file"/> is named like a YAML document (<c>.yaml</c>, <c>.yml</c>).</summary>
    public static bool IsYaml(string file) =>
        file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads scenario text; <paramref name="file"/> names it in problems and, by its extension
    /// (<c>.yaml</c>/<c>.yml</c>), says whether the text is YAML rather than JSON.
    /// </summary>
    public static ScenarioParseResult Parse(string text, string file, InputLimits? limits = null) =>
        IsYaml(file) ? ParseYaml(text, file, limits) : ParseJson(text, file, limits);

    /// <summary>Reads JSON scenario text (comments and trailing commas allowed; a repeated key is a problem).</summary>
    public static ScenarioParseResult ParseJson(string text, string file, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        limits ??= InputLimits.Default;
        if (limits.DocumentTooLarge(text.Length) is { } tooLarge)
            return new ScenarioParseResult(null, [new Problem(file, 0, 0, tooLarge)]);
        var utf8 = Encoding.UTF8.GetBytes(text);
        JsonPositions positions;
        try
        {
            positions = JsonPositions.Read(utf8, limits);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? -1) + 1;
            var column = (int)(e.BytePositionInLine ?? -1) + 1;
            return new ScenarioParseResult(null, [new Problem(file, line, column, $"not valid JSON: {FirstSentence(e.Message)}")]);
        }
        catch (InputException e)
        {
            return new ScenarioParseResult(null, [new Problem(file, e.Line, e.Column, e.Message)]);
        }
        return Read(utf8, positions, file, limits);
    }

    /// <summary>Reads YAML scenario text: the same fields as JSON, problems at YAML lines and columns; no aliases.</summary>
    public static ScenarioParseResult ParseYaml(string text, string file, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        limits ??= InputLimits.Default;
        if (limits.DocumentTooLarge(text.Length) is { } tooLarge)
            return new ScenarioParseResult(null, [new Problem(file, 0, 0, tooLarge)]);
        try
        {
            var (json, positions) = YamlScenarioText.Convert(text, limits);
            return Read(json, positions, file, limits);
        }
        catch (YamlException e)
        {
            return new ScenarioParseResult(null, [new Problem(file, (int)e.Start.Line, (int)e.Start.Column, $"not valid YAML: {FirstSentence(YamlMessage(e))}")]);
        }
        catch (InputException e)
        {
            return new ScenarioParseResult(null, [new Problem(file, e.Line, e.Column, e.Message)]);
        }
    }

    /// <summary>
    /// The scenario text as a JSON document (YAML converted, JSON comments dropped), for showing a
    /// scenario as written. Only for text that <see cref="Parse"/> read clean.
    /// </summary>
    public static JsonElement Document(string text, string file)
    {
        var utf8 = IsYaml(file) ? YamlScenarioText.Convert(text, InputLimits.Default).Json : Encoding.UTF8.GetBytes(text);
        using var document = JsonDocument.Parse(utf8, InputLimits.Default.JsonDocumentOptions);
        return document.RootElement.Clone();
    }

    // YamlDotNet prefixes its messages with the position, which the problem already carries.
    private static Data.ChokepointState ChokepointState(JsonElement e, string path, JsonFields f)
    {
        var text = f.Text(e, path, "state", required: true);
        if (text is null)
            return Data.ChokepointState.Open;
        if (SnakeCase.TryParse<Data.ChokepointState>(text, out var state))
            return state;
        f.Fail($"{path}.state", $"unknown state '{text}'; expected one of {string.Join(", ", SnakeCase.Names<Data.ChokepointState>())}");
        return Data.ChokepointState.Open;
    }

    private static string YamlMessage(YamlException e)
    {
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && cut > 0 ? message[(cut + 3)..] : message;
    }

    private static ScenarioParseResult Read(byte[] utf8, JsonPositions positions, string file, InputLimits limits)
    {
        using (var document = JsonDocument.Parse(utf8, limits.JsonDocumentOptions))
        {
            var problems = new List<Problem>();
            var fields = new JsonFields(file, positions, problems);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                fields.Fail("$", "a scenario file holds one object: {\"name\": ..., \"description\": ..., \"edits\": [...]}");
                return new ScenarioParseResult(null, problems);
            }
            fields.OnlyKnown(root, "$", "a scenario", "name", "description", "edits");
            var name = fields.Text(root, "$", "name", required: true);
            var description = fields.Text(root, "$", "description") ?? "";
            var edits = new List<ScenarioEdit>();
            if (!root.TryGetProperty("edits", out var list))
            {
                fields.Fail("$", "missing field 'edits' (use [] for none)");
            }
            else if (list.ValueKind != JsonValueKind.Array)
            {
                fields.Fail("$.edits", "'edits' must be a list of edit objects");
            }
            else
            {
                var i = 0;
                foreach (var item in list.EnumerateArray())
                {
                    if (ReadEdit(item, $"$.edits[{i++}]", fields) is { } edit)
                        edits.Add(edit);
                }
            }
            if (name is { Length: 0 })
                fields.Fail("$.name", "'name' must not be empty");
            else if (name is not null && !ScenarioName.IsValid(name))
                fields.Fail("$.name", $"{ScenarioName.Rule}; got '{name}'");
            else if (name == ScenarioName.Baseline && edits.Count > 0)
                fields.Fail("$.name", "'baseline' is the dataset as it is and has no edits; give a scenario with edits another name");
            return problems.Count > 0 || name is null
                ? new ScenarioParseResult(null, problems)
                : new ScenarioParseResult(new Scenario { Name = name, Description = description, File = file, Edits = edits }, []);
        }
    }

    /// <summary>
    /// The JSON path (<c>$.edits[0].nodes[1]</c>) of the value that starts at <paramref name="line"/>:<paramref name="column"/>
    /// of <paramref name="text"/>, so a located problem can name its field; null when no value starts there or the text is not JSON.
    /// </summary>
    public static string? PathAt(string text, int line, int column) => PathFinder(text)(line, column);

    /// <summary>
    /// <see cref="PathAt"/> for many positions of one text: the text is read once, and each look-up
    /// costs a dictionary probe, so locating every problem of a large document stays linear.
    /// </summary>
    public static Func<int, int, string?> PathFinder(string text)
    {
        try
        {
            var positions = JsonPositions.Read(Encoding.UTF8.GetBytes(text), InputLimits.Default);
            return positions.PathAt;
        }
        catch (Exception e) when (e is JsonException or InputException)
        {
            return (_, _) => null;
        }
    }

    private static ScenarioEdit? ReadEdit(JsonElement e, string path, JsonFields f)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            f.Fail(path, "an edit is an object with a 'type'");
            return null;
        }
        var type = f.Text(e, path, "type", required: true);
        if (type is null)
            return null;
        var (line, column) = f.At(path);
        var before = f.Errors;
        ScenarioEdit? edit;
        switch (type)
        {
            case "close":
                f.OnlyKnown(e, path, "a close edit", "type", "countries", "nodes", "links", "chokepoints", "startDay", "endDay");
                var close = new CloseEdit
                {
                    Countries = f.Refs(e, path, "countries"),
                    Nodes = f.Refs(e, path, "nodes"),
                    Links = f.Refs(e, path, "links"),
                    Chokepoints = f.Refs(e, path, "chokepoints"),
                    Window = Window(e, path, f),
                };
                if (close.Countries.Count + close.Nodes.Count + close.Links.Count + close.Chokepoints.Count == 0)
                    f.Fail(path, "a close edit names at least one of 'countries', 'nodes', 'links', 'chokepoints'");
                edit = close;
                break;
            case "scale_capacity":
                f.OnlyKnown(e, path, "a scale_capacity edit", "type", "links", "nodes", "factor");
                edit = new ScaleCapacityEdit { Links = f.Refs(e, path, "links"), Nodes = f.Refs(e, path, "nodes"), Factor = f.Number(e, path, "factor", required: true, min: 0, max: MaxFactor) ?? 1 };
                NeedsTargets(e, path, f, "links", "nodes");
                break;
            case "add_delay":
                f.OnlyKnown(e, path, "an add_delay edit", "type", "links", "nodes", "hours");
                edit = new AddDelayEdit { Links = f.Refs(e, path, "links"), Nodes = f.Refs(e, path, "nodes"), Hours = f.Number(e, path, "hours", required: true, min: -Distributions.DistributionParser.MaxValue, max: Distributions.DistributionParser.MaxValue) ?? 0 };
                NeedsTargets(e, path, f, "links", "nodes");
                break;
            case "set_transit_time":
                f.OnlyKnown(e, path, "a set_transit_time edit", "type", "links", "hours");
                edit = new SetTransitTimeEdit { Links = f.Refs(e, path, "links"), Hours = f.Dist(e, path, "hours", required: true) ?? Distributions.Distribution.Zero };
                NeedsTargets(e, path, f, "links");
                break;
            case "change_cost":
                f.OnlyKnown(e, path, "a change_cost edit", "type", "links", "nodes", "factor", "addUsdPerTonne");
                edit = new ChangeCostEdit
                {
                    Links = f.Refs(e, path, "links"),
                    Nodes = f.Refs(e, path, "nodes"),
                    Factor = f.Number(e, path, "factor", min: 0, max: MaxFactor) ?? 1,
                    AddUsdPerTonne = f.Number(e, path, "addUsdPerTonne", min: -FieldLimits.MaxUsdPerTonne, max: FieldLimits.MaxUsdPerTonne) ?? 0,
                };
                NeedsTargets(e, path, f, "links", "nodes");
                break;
            case "export_ban":
                f.OnlyKnown(e, path, "an export_ban edit", "type", "commodity", "countries");
                edit = new ExportBanEdit { Commodity = f.Ref(e, path, "commodity", required: true) ?? ScenarioRef.Of(""), Countries = f.Refs(e, path, "countries") };
                NeedsTargets(e, path, f, "countries");
                break;
            case "lift_rule":
                f.OnlyKnown(e, path, "a lift_rule edit", "type", "rules");
                edit = new LiftRuleEdit { Rules = f.Refs(e, path, "rules") };
                NeedsTargets(e, path, f, "rules");
                break;
            case "chokepoint_state":
                f.OnlyKnown(e, path, "a chokepoint_state edit", "type", "chokepoints", "state", "warRiskPremium");
                edit = new ChokepointStateEdit
                {
                    Chokepoints = f.Refs(e, path, "chokepoints"),
                    State = ChokepointState(e, path, f),
                    WarRiskPremium = f.Number(e, path, "warRiskPremium", min: 0, max: 1),
                };
                NeedsTargets(e, path, f, "chokepoints");
                break;
            case "digitise_customs":
                f.OnlyKnown(e, path, "a digitise_customs edit", "type", "nodes", "countries");
                edit = new DigitiseCustomsEdit { Nodes = f.Refs(e, path, "nodes"), Countries = f.Refs(e, path, "countries") };
                NeedsTargets(e, path, f, "nodes", "countries");
                break;
            case "storms":
                f.OnlyKnown(e, path, "a storms edit", "type", "links", "nodes", "closuresPerYear", "durationHours", "monthWeights");
                edit = new StormEdit
                {
                    Links = f.Refs(e, path, "links"),
                    Nodes = f.Refs(e, path, "nodes"),
                    ClosuresPerYear = f.Number(e, path, "closuresPerYear", required: true, min: 0, max: FieldLimits.MaxClosuresPerYear) ?? 0,
                    DurationHours = f.Dist(e, path, "durationHours", required: true) ?? Distributions.Distribution.Zero,
                    MonthWeights = f.Months(e, path, "monthWeights"),
                };
                if (edit is StormEdit { MonthWeights.Sum: <= 0 })
                    f.Fail($"{path}.monthWeights", "'monthWeights' needs at least one month with a positive weight");
                NeedsTargets(e, path, f, "links", "nodes");
                break;
            case "seasonal_capacity":
                f.OnlyKnown(e, path, "a seasonal_capacity edit", "type", "links", "nodes", "monthFactors");
                edit = new SeasonalCapacityEdit
                {
                    Links = f.Refs(e, path, "links"),
                    Nodes = f.Refs(e, path, "nodes"),
                    MonthFactors = f.Months(e, path, "monthFactors", required: true) ?? MonthProfile.Of(new double[12]),
                };
                NeedsTargets(e, path, f, "links", "nodes");
                break;
            case "add_node":
                edit = new AddNodeEdit { Node = NetworkRecordReader.ReadNode(e, path, f) };
                break;
            case "add_link":
                edit = new AddLinkEdit { Link = NetworkRecordReader.ReadLink(e, path, f) };
                break;
            case "add_supply":
                f.OnlyKnown(e, path, "an add_supply edit", "type", "node", "commodity", "tonnesPerYear");
                edit = new AddSupplyEdit
                {
                    Node = f.Ref(e, path, "node", required: true) ?? ScenarioRef.Of(""),
                    Commodity = f.Ref(e, path, "commodity", required: true) ?? ScenarioRef.Of(""),
                    TonnesPerYear = f.Number(e, path, "tonnesPerYear", required: true, min: -FieldLimits.MaxTonnesPerYear, max: FieldLimits.MaxTonnesPerYear) ?? 0,
                };
                break;
            default:
                f.Fail($"{path}.type", $"unknown edit type '{type}'{Suggestions.DidYouMean(type, EditTypes)}; types: {string.Join(", ", EditTypes)}");
                return null;
        }
        return f.Errors > before ? null : edit with { Line = line, Column = column };
    }

    private static DayWindow? Window(JsonElement e, string path, JsonFields f)
    {
        var start = f.Number(e, path, "startDay", min: 0, max: MaxDay);
        var end = f.Number(e, path, "endDay", min: 0, max: MaxDay);
        if (start is null && end is null)
            return null;
        if (start is null || end is null)
        {
            f.Fail(path, "a closure window needs both 'startDay' and 'endDay' (omit both to close for the whole horizon)");
            return null;
        }
        if (end <= start)
        {
            f.Fail($"{path}.endDay", $"'endDay' ({end}) must be after 'startDay' ({start})");
            return null;
        }
        return new DayWindow(start.Value, end.Value);
    }

    private static void NeedsTargets(JsonElement e, string path, JsonFields f, params string[] names)
    {
        if (!names.Any(n => e.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0))
            f.Fail(path, $"this edit names at least one of {string.Join(", ", names.Select(n => $"'{n}'"))}");
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
