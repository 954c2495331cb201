using Caravan.Core.Data;
using Caravan.Core.Scenarios;

namespace Caravan.Questions.Scenarios;

/// <summary>
/// The command line's scenarios: the dataset's catalog (<c>scenarios/*.json|yaml</c>) by name, else a
/// scenario file by path, each checked against the dataset with problems as <c>file:line:column</c>.
/// </summary>
public sealed class CatalogShelf : IScenarioShelf
{
    private readonly ScenarioCatalog _catalog;

    /// <summary>The shelf of <paramref name="dataset"/>, whose files come from <paramref name="source"/>.</summary>
    public CatalogShelf(Dataset dataset, IDatasetSource source)
    {
        Dataset = dataset;
        _catalog = ScenarioCatalog.From(source);
    }

    /// <inheritdoc />
    public Dataset Dataset { get; }

    /// <inheritdoc />
    public IReadOnlyList<Scenario> Shipped => _catalog.Scenarios;

    /// <inheritdoc />
    public ValueTask<ScenarioFind> FindAsync(string name, CancellationToken cancellationToken)
    {
        var result = _catalog.Resolve(name);
        if (result.Scenario is not { } scenario)
            return ValueTask.FromResult(new ScenarioFind(null, [.. result.Problems.Select(p => p.ToString())], false, ""));
        var builtIn = _catalog.Scenarios.Contains(scenario) || scenario.Name == Scenario.Baseline.Name;
        // The dataset's own scenarios were checked when it was validated; a file is checked here.
        var problems = builtIn ? [] : ScenarioApplier.Validate(Dataset, [scenario]).Select(p => p.ToString()).ToArray();
        return ValueTask.FromResult(new ScenarioFind(problems.Length == 0 ? scenario : null, problems, builtIn, scenario.Name));
    }

    /// <inheritdoc />
    public async ValueTask<ScenarioPick> ApplyAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var scenarios = new List<Scenario>();
        var problems = new List<string>();
        var allBuiltIn = true;
        foreach (var name in names)
        {
            var found = await FindAsync(name, cancellationToken);
            problems.AddRange(found.Problems);
            allBuiltIn &= found.BuiltIn;
            if (found.Scenario is { } scenario)
                scenarios.Add(scenario);
        }
        if (problems.Count > 0)
            return ScenarioPick.Failed(problems);
        return new ScenarioPick(ScenarioApplier.Apply(Dataset, scenarios), [], string.Join('\n', names), allBuiltIn);
    }
}
