using Caravan.Core.Data;

namespace Caravan.Core.Scenarios;

/// <summary>Checks a scenario's references against the base dataset and collects located problems.</summary>
internal sealed class ScenarioCheck(Dataset dataset, string file, List<Problem> problems)
{
    private readonly HashSet<string> _countries = dataset.Countries.Select(c => c.Code)
        .Concat(dataset.Nodes.Select(n => n.Country)).ToHashSet(StringComparer.Ordinal);

    public Dataset Dataset { get; } = dataset;

    public void Fail(int line, int column, string message) => problems.Add(new Problem(file, line, column, message));

    public void Nodes(IEnumerable<ScenarioRef> refs) =>
        Known(refs, id => Dataset.Network.NodeIndex(id) >= 0, Dataset.Nodes.Select(n => n.Id), "node");

    public void Links(IEnumerable<ScenarioRef> refs) =>
        Known(refs, id => Dataset.Network.LinkIndex(id) >= 0, Dataset.Links.Select(l => l.Id), "link");

    public void Countries(IEnumerable<ScenarioRef> refs) => Known(refs, _countries.Contains, _countries, "country");

    public void Chokepoints(IEnumerable<ScenarioRef> refs) =>
        Known(refs, id => Dataset.FindChokepoint(id) is not null, Dataset.Chokepoints.Select(c => c.Id), "chokepoint");

    public void Commodity(ScenarioRef r) =>
        Known([r], id => Dataset.FindCommodity(id) is not null, Dataset.Commodities.Select(c => c.Id), "commodity");

    private void Known(IEnumerable<ScenarioRef> refs, Func<string, bool> exists, IEnumerable<string> candidates, string what)
    {
        foreach (var r in refs.Where(r => !exists(r.Id)))
            Fail(r.Line, r.Column, $"unknown {what} '{r.Id}'{Suggestions.DidYouMean(r.Id, candidates)}");
    }
}
