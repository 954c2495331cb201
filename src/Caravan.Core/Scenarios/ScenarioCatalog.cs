using System.Text.Json;
using Caravan.Core.Data;

namespace Caravan.Core.Scenarios;

/// <summary>
/// The scenarios a dataset ships in its <c>scenarios/*.json</c> (or <c>.yaml</c>) files, found by name; a name that is
/// not in the catalog is tried as a file path. "baseline" always resolves (to no edits when not shipped).
/// </summary>
public sealed class ScenarioCatalog
{
    private readonly Dictionary<string, JsonElement> _documents;

    private ScenarioCatalog(IReadOnlyList<Scenario> scenarios, IReadOnlyList<Problem> problems, Dictionary<string, JsonElement> documents)
    {
        Scenarios = scenarios;
        Problems = problems;
        _documents = documents;
    }

    /// <summary>The scenarios that read clean, ordered by name.</summary>
    public IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>Problems in the dataset's scenario files.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Reads every <c>scenarios/*.json</c>, <c>*.yaml</c> and <c>*.yml</c> of <paramref name="source"/>.</summary>
    public static ScenarioCatalog From(IDatasetSource source)
    {
        var scenarios = new List<Scenario>();
        var problems = new List<Problem>();
        var documents = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in source.List("scenarios").Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || ScenarioParser.IsYaml(f)))
        {
            using var reader = source.Open(file);
            if (reader is null)
                continue;
            if (SourceText.Read(reader, source.Describe(file), problems) is not { } text)
                continue;
            var result = ScenarioParser.Parse(text, source.Describe(file));
            problems.AddRange(result.Problems);
            if (result.Scenario is { } scenario)
            {
                if (scenarios.Any(s => s.Name == scenario.Name))
                {
                    problems.Add(new Problem(source.Describe(file), 0, 0, $"a second scenario named '{scenario.Name}'"));
                }
                else
                {
                    scenarios.Add(scenario);
                    documents[scenario.Name] = ScenarioParser.Document(text, file);
                }
            }
        }
        return new ScenarioCatalog(scenarios.OrderBy(s => s.Name, StringComparer.Ordinal).ToArray(), problems, documents);
    }

    /// <summary>The catalog scenario named <paramref name="name"/> as written (YAML as JSON); null when there is none.</summary>
    public JsonElement? Document(string name) => _documents.TryGetValue(name, out var document) ? document : null;

    /// <summary>
    /// The catalog scenario named <paramref name="name"/> (case-insensitive), or the empty baseline for
    /// "baseline" when the dataset ships none; null otherwise. Never reads a file (the server's lookup).
    /// </summary>
    public Scenario? Find(string name) =>
        Scenarios.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? (Scenario.IsBaseline(name) ? Scenario.Baseline : null);

    /// <summary>Every name <see cref="Find"/> knows, for suggestions.</summary>
    public IEnumerable<string> Names => Scenarios.Select(s => s.Name).Append(Scenario.Baseline.Name).Distinct();

    /// <summary>A scenario by catalog name (case-insensitive) or, failing that, by file path.</summary>
    public ScenarioParseResult Resolve(string nameOrPath)
    {
        if (Find(nameOrPath) is { } byName)
            return new ScenarioParseResult(byName, []);
        if (File.Exists(nameOrPath))
            return ScenarioParser.ParseFile(nameOrPath);
        return new ScenarioParseResult(null,
            [new Problem(nameOrPath, 0, 0, $"unknown scenario '{nameOrPath}' (neither a scenario name nor a file){Suggestions.DidYouMean(nameOrPath, Names)}; 'caravan scenarios' lists them")]);
    }
}
