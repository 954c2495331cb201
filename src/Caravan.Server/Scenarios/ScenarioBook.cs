using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Questions.Scenarios;
using Caravan.Server.Access;
using Caravan.Storage;

namespace Caravan.Server.Scenarios;

/// <summary>
/// The scenarios a caller can pick: the dataset's own (its <c>scenarios/</c> JSON and YAML files) and the stored
/// user scenarios they may see. Checks scenario documents with the real parser and against the
/// dataset, and turns a list of names into the dataset to compute on, applying them in order.
/// </summary>
public sealed partial class ScenarioBook
{
    // Applying a scenario copies the dataset (tens of milliseconds); the same names are asked for
    // again and again (every planner query of a dashboard session), so keep the last few.
    private const int CacheSize = 32;

    private readonly Dataset _dataset;
    private readonly CaravanStore _store;
    private readonly ScenarioCatalog _catalog;

    /// <summary>The dataset's scenario catalog.</summary>
    public ScenarioCatalog Catalog => _catalog;
    private readonly ConcurrentDictionary<string, AppliedScenario> _applied = new(StringComparer.Ordinal);

    // Stored scenarios parsed and checked against the dataset, by revision: a revision never changes,
    // and every query naming the scenario would otherwise parse and check it again.
    private readonly ConcurrentDictionary<string, (Scenario? Scenario, string? Problem)> _stored = new(StringComparer.Ordinal);

    /// <summary>Reads the built-in scenarios of the dataset the server runs on.</summary>
    public ScenarioBook(Dataset dataset, CaravanStore store, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _dataset = dataset;
        _store = store;
        _catalog = ScenarioCatalog.From(options.DatasetSource());
    }

    /// <summary>The dataset the server runs on, before any scenario.</summary>
    public Dataset Dataset => _dataset;

    /// <summary>Every scenario <paramref name="caller"/> may see: built-in first, then stored ones by id.</summary>
    public async Task<IReadOnlyList<ScenarioResponse>> ListAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var stored = await _store.ListScenariosAsync(caller.Owner, caller.IsAdmin, cancellationToken);
        return [.. BuiltIn(), .. stored.Select(Response)];
    }

    /// <summary>The scenario named <paramref name="id"/> if <paramref name="caller"/> may see it.</summary>
    public async Task<ScenarioResponse?> FindAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (BuiltIn().FirstOrDefault(s => s.Id.Equals(id, StringComparison.OrdinalIgnoreCase)) is { } builtIn)
            return builtIn;
        return await FindStoredAsync(id, caller, cancellationToken) is { } stored ? Response(stored) : null;
    }

    /// <summary>
    /// The stored scenario <paramref name="name"/> means to <paramref name="caller"/>: their own, else a
    /// shared one, else (for admins) anyone's; null when there is none they may see. Names are unique
    /// per owner and among shared scenarios, so two users' private scenarios may share a name and
    /// neither learns of the other's.
    /// </summary>
    public async Task<StoredScenario?> FindStoredAsync(string name, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var named = await _store.ScenariosNamedAsync(name, cancellationToken);
        return named.FirstOrDefault(s => caller.Owner is not null && s.Owner == caller.Owner)
            ?? named.FirstOrDefault(s => s.Shared)
            ?? (caller.IsAdmin && named.Count > 0 ? named[0] : null);
    }

    /// <summary>
    /// Stores <paramref name="name"/> for <paramref name="caller"/>; null when the name is taken by a
    /// scenario they can see (their own, or a shared one). Another user's private scenario of the
    /// same name does not stand in the way, so creating one reveals nothing about it.
    /// </summary>
    public async Task<StoredScenario?> CreateAsync(string name, Caller caller, bool shared, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var owner = caller.Owner ?? throw new ArgumentException("creating a scenario needs a key", nameof(caller));
        var named = await _store.ScenariosNamedAsync(name, cancellationToken);
        if (IsBuiltIn(name) || named.Any(s => s.Owner == owner || s.Shared))
            return null;
        // The name is the key unless someone else's private scenario holds it.
        var key = named.Any(s => s.Id == name) ? $"{owner}/{name}" : name;
        if (!await _store.TryCreateScenarioAsync(key, name, owner, shared, body, cancellationToken))
            return null; // taken meanwhile
        return await _store.GetScenarioAsync(key, cancellationToken);
    }

    /// <summary>True when <paramref name="name"/> means a stored private scenario to the run owner <paramref name="owner"/>.</summary>
    public async Task<bool> IsPrivateAsync(string name, string owner, CancellationToken cancellationToken)
    {
        if (IsBuiltIn(name))
            return false;
        // Resolved with an admin's reach: for a run that was accepted this finds what its owner's resolution found.
        return await FindStoredAsync(name, new Caller(owner, Role.Admin), cancellationToken) is { Shared: false };
    }

    /// <summary>True when a built-in scenario has this name (or it is "baseline").</summary>
    public bool IsBuiltIn(string id) => _catalog.Find(id) is not null;

    /// <summary>
    /// Checks the scenario of a create or validate request, given as JSON (<c>scenario</c>) or YAML text
    /// (<c>scenarioYaml</c>); the document to store (YAML as JSON) when it is valid.
    /// </summary>
    public (ScenarioValidation Validation, JsonElement? Document) Check(ScenarioCreateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ScenarioYaml is null)
        {
            var validation = Check(request.Scenario ?? default);
            return (validation, validation.Valid ? request.Scenario : null);
        }
        if (request.Scenario is not null)
            return (new ScenarioValidation(false, [new ScenarioProblem("scenario", 0, 0, "give the scenario either as 'scenario' (JSON) or as 'scenarioYaml' (YAML text), not both")]), null);
        return CheckYaml(request.ScenarioYaml);
    }

    // YAML problems carry YAML lines and columns; the field is the YAML text itself.
    private (ScenarioValidation Validation, JsonElement? Document) CheckYaml(string yaml)
    {
        const string field = "scenarioYaml";
        var parsed = ScenarioParser.ParseYaml(yaml, field);
        var problems = parsed.Problems.Select(p => new ScenarioProblem(NameRule(p) ? field + ".name" : field, p.Line, p.Column, p.Message)).ToList();
        if (parsed.Scenario is { } scenario)
        {
            if (IsBuiltIn(scenario.Name))
                problems.Add(BuiltInName(field + ".name", scenario.Name));
            problems.AddRange(ScenarioApplier.Validate(_dataset, [scenario]).Select(p => new ScenarioProblem(field, p.Line, p.Column, p.Message)));
        }
        var valid = problems.Count == 0;
        return (new ScenarioValidation(valid, problems), valid ? ScenarioParser.Document(yaml, "scenario.yaml") : null);
    }

    /// <summary>
    /// Checks a scenario document with the scenario parser and against the dataset (every node, link,
    /// country, chokepoint and commodity it names must exist); problems name the field at fault.
    /// </summary>
    public ScenarioValidation Check(JsonElement document)
    {
        if (document.ValueKind != JsonValueKind.Object)
            return new ScenarioValidation(false, [new ScenarioProblem("scenario", 0, 0, "expected an object: {\"name\": ..., \"description\": ..., \"edits\": [...]}")]);
        var text = document.GetRawText();
        var parsed = ScenarioParser.Parse(text, "scenario");
        var pathAt = ScenarioParser.PathFinder(text);
        var problems = parsed.Problems.Select(p => Locate(pathAt, p)).ToList();
        if (parsed.Scenario is { } scenario)
        {
            if (IsBuiltIn(scenario.Name))
                problems.Add(BuiltInName("scenario.name", scenario.Name));
            problems.AddRange(ScenarioApplier.Validate(_dataset, [scenario]).Select(p => Locate(pathAt, p)));
        }
        return new ScenarioValidation(problems.Count == 0, problems);
    }

    /// <summary>The scenarios <paramref name="caller"/> may pick, as the questions look them up.</summary>
    public IScenarioShelf For(Caller caller) => new CallerShelf(this, caller);

    /// <summary>
    /// The dataset with the named scenarios applied in order ("baseline" or none: the dataset as it
    /// is); a problem naming the scenario when a name is unknown to <paramref name="caller"/> or a
    /// stored scenario no longer fits the dataset.
    /// </summary>
    public async Task<ScenarioPick> ApplyAsync(IReadOnlyList<string> names, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(caller);
        var scenarios = new List<Scenario>();
        var key = new List<string>();
        var allBuiltIn = true;
        foreach (var name in names.Where(n => !Scenario.IsBaseline(n)))
        {
            var found = await FindScenarioAsync(name, caller, cancellationToken);
            if (found.Scenario is null)
                return ScenarioPick.Failed(found.Problems);
            scenarios.Add(found.Scenario);
            key.Add(found.Version);
            allBuiltIn &= found.BuiltIn;
        }
        if (scenarios.Count == 0)
            return new ScenarioPick(AppliedScenario.None(_dataset), [], Scenario.Baseline.Name, true);
        var cacheKey = string.Join('\n', key);
        if (!_applied.TryGetValue(cacheKey, out var applied))
        {
            applied = ScenarioApplier.Apply(_dataset, scenarios);
            if (_applied.Count >= CacheSize)
                _applied.Clear();
            _applied.TryAdd(cacheKey, applied);
        }
        return new ScenarioPick(applied, [], cacheKey, allBuiltIn);
    }

    /// <summary>The dataset's own scenarios, parsed.</summary>
    public IReadOnlyList<Scenario> BuiltInScenarios => _catalog.Scenarios;

    /// <summary>
    /// One scenario by name, unapplied: a built-in one, or a stored one <paramref name="caller"/> may
    /// see that still fits the dataset ("baseline" is the empty scenario when the dataset ships none).
    /// Otherwise a problem naming it. <c>Version</c> tells stored revisions apart (for caches).
    /// </summary>
    public async Task<ScenarioFind> FindScenarioAsync(string name, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(caller);
        // The dataset's own scenarios by name (never a file: a request does not name the server's files).
        if (_catalog.Find(name) is { } builtIn)
            return new ScenarioFind(builtIn, [], true, builtIn.Name);
        var stored = await FindStoredAsync(name, caller, cancellationToken);
        if (stored is null)
            return ScenarioFind.Failed($"unknown scenario '{name}'{Suggestions.DidYouMean(name, _catalog.Names)}; GET /api/scenarios lists them");
        var version = $"{stored.Id}@{stored.UpdatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}";
        if (!_stored.TryGetValue(version, out var checkedScenario))
        {
            checkedScenario = Fit(stored);
            if (_stored.Count >= CacheSize)
                _stored.Clear();
            _stored.TryAdd(version, checkedScenario);
        }
        return checkedScenario.Scenario is { } scenario ? new ScenarioFind(scenario, [], false, version) : ScenarioFind.Failed(checkedScenario.Problem!);
    }

    private (Scenario? Scenario, string? Problem) Fit(StoredScenario stored)
    {
        var parsed = ScenarioParser.Parse(stored.Body, stored.Name);
        var problems = parsed.Scenario is { } s ? ScenarioApplier.Validate(_dataset, [s]) : parsed.Problems;
        return problems.Count > 0 ? (null, $"scenario '{stored.Name}' does not fit the dataset: {problems[0].Message}") : (parsed.Scenario, null);
    }

    private IEnumerable<ScenarioResponse> BuiltIn() => _catalog.Scenarios.Select(s => new ScenarioResponse(
        s.Name, s.Description, null, true, true, s.Edits.Count,
        _catalog.Document(s.Name), null));

    private static ScenarioResponse Response(StoredScenario s)
    {
        using var document = JsonDocument.Parse(s.Body);
        var root = document.RootElement.Clone();
        var description = root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "";
        var edits = root.TryGetProperty("edits", out var e) && e.ValueKind == JsonValueKind.Array ? e.GetArrayLength() : 0;
        return new ScenarioResponse(s.Name, description, s.Owner, s.Shared, false, edits, root, s.UpdatedAt);
    }

    /// <summary>A located problem with the field it points at: <c>scenario.edits[0].nodes[1]</c>.</summary>
    private static ScenarioProblem Locate(Func<int, int, string?> pathAt, Problem problem)
    {
        var path = problem.Line > 0 ? pathAt(problem.Line, problem.Column) ?? "$" : "$";
        // "missing field 'x'" is reported at the object that lacks it; the field itself is what to fix.
        if (MissingField().Match(problem.Message) is { Success: true } missing)
            path += "." + missing.Groups[1].Value;
        return new ScenarioProblem("scenario" + path[1..], problem.Line, problem.Column, problem.Message);
    }

    // The parser reports a name against the scenario's rule; for YAML text the field is still the name.
    private static bool NameRule(Problem problem) => problem.Message.StartsWith(ScenarioName.Rule, StringComparison.Ordinal);

    private static ScenarioProblem BuiltInName(string field, string name) =>
        new(field, 0, 0, $"'{name}' is the name of a built-in scenario; a stored scenario needs a name of its own");

    [GeneratedRegex("^missing field '([A-Za-z]+)'")]
    private static partial Regex MissingField();
}
