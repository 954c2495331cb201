using Caravan.Core.Data;

namespace Caravan.Core.Scenarios;

/// <summary>Checks a scenario's references against the base dataset and collects located problems.</summary>
internal sealed class ScenarioCheck(Dataset dataset, string file, List<Problem> problems)
{
    private readonly HashSet<string> _countries = dataset.Countries.Select(c => c.Code)
        .Concat(dataset.Nodes.Select(n => n.Country)).ToHashSet(StringComparer.Ordinal);

    public Dataset Dataset { get; } = dataset;

    /// <summary>Ids of nodes that earlier add_node edits create, which later edits may name.</summary>
    public HashSet<string> AddedNodes { get; } = new(StringComparer.Ordinal);

    public void Fail(int line, int column, string message) => problems.Add(new Problem(file, line, column, message));

    public void Nodes(IEnumerable<ScenarioRef> refs) =>
        Known(refs, id => Dataset.Network.NodeIndex(id) >= 0 || AddedNodes.Contains(id), Dataset.Nodes.Select(n => n.Id), "node");

    public void Links(IEnumerable<ScenarioRef> refs) =>
        Known(refs, id => Dataset.Network.LinkIndex(id) >= 0, Dataset.Links.Select(l => l.Id), "link");

    public void Countries(IEnumerable<ScenarioRef> refs) => Known(refs, _countries.Contains, _countries, "country");

    public void Chokepoints(IEnumerable<ScenarioRef> refs) =>
        Known(refs, id => Dataset.FindChokepoint(id) is not null, Dataset.Chokepoints.Select(c => c.Id), "chokepoint");

    public void Rules(IEnumerable<ScenarioRef> refs) =>
        Known(refs, id => Dataset.TradeRules.Any(r => r.Id == id), Dataset.TradeRules.Select(r => r.Id), "trade rule");

    public void Commodity(ScenarioRef r) =>
        Known([r], id => Dataset.FindCommodity(id) is not null, Dataset.Commodities.Select(c => c.Id), "commodity");

    /// <summary>A capacity in TEU or wagons needs every commodity's payload per unit, as in the dataset's tables.</summary>
    public void CapacityUnit(Network.Capacity? capacity, string element, int line, int column)
    {
        if (capacity is not { Unit: not Network.CapacityUnit.Tonnes } c)
            return;
        var (field, unit) = c.Unit == Network.CapacityUnit.Teu ? ("t_per_teu", "TEU") : ("t_per_wagon", "wagons");
        foreach (var commodity in Dataset.Commodities.Where(k => double.IsNaN(k.TonnesPer(c.Unit))))
            Fail(line, column, $"{element} gives its capacity in {unit}/day, but commodity '{commodity.Id}' has no '{field}' in the dataset");
    }

    // Suggestions cost a pass over every candidate, so a document naming thousands of unknown ids gets them for the first few only.
    private const int MaxSuggested = 100;

    private void Known(IEnumerable<ScenarioRef> refs, Func<string, bool> exists, IEnumerable<string> candidates, string what)
    {
        foreach (var r in refs.Where(r => !exists(r.Id)))
            Fail(r.Line, r.Column, $"unknown {what} '{r.Id}'{(problems.Count < MaxSuggested ? Suggestions.DidYouMean(r.Id, candidates) : "")}");
    }
}
