using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Core.Scenarios;

/// <summary>
/// The mutable copy of a dataset that edits change in turn. Removal is by marking, so ids stay valid
/// while later edits run; <see cref="Build"/> drops removed nodes, every link that touches one, and
/// supply and demand rows at them, so the result never holds a dangling reference.
/// </summary>
internal sealed class ScenarioWorkspace
{
    private readonly Dataset _base;
    private readonly List<string> _nodeOrder;
    private readonly List<string> _linkOrder;
    private readonly Dictionary<string, Node> _nodes;
    private readonly Dictionary<string, Link> _links;
    private readonly HashSet<string> _removedNodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removedLinks = new(StringComparer.Ordinal);
    private readonly List<Closure> _closures = [];
    private readonly List<ExportBan> _bans = [];
    private List<SupplyPoint> _supply;
    private List<Rules.TradeRule> _rules;
    private List<Chokepoint> _chokepoints;

    public ScenarioWorkspace(Dataset dataset)
    {
        _base = dataset;
        _nodeOrder = dataset.Nodes.Select(n => n.Id).ToList();
        _linkOrder = dataset.Links.Select(l => l.Id).ToList();
        _nodes = dataset.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _links = dataset.Links.ToDictionary(l => l.Id, StringComparer.Ordinal);
        _supply = dataset.Supply.ToList();
        _rules = dataset.TradeRules.ToList();
        _chokepoints = dataset.Chokepoints.ToList();
    }

    /// <summary>Switches a trade rule off (lift_rule).</summary>
    public void LiftRule(string id) => _rules = _rules.Where(r => r.Id != id).ToList();

    /// <summary>Changes a chokepoint's record (chokepoint_state).</summary>
    public void EditChokepoint(string id, Func<Chokepoint, Chokepoint> edit) =>
        _chokepoints = _chokepoints.Select(c => c.Id == id ? edit(c) : c).ToList();

    /// <summary>The scenario whose edits are running, for the record of closures.</summary>
    public string Scenario { get; set; } = "";

    public IEnumerable<string> NodesIn(string country) =>
        _nodeOrder.Where(id => !_removedNodes.Contains(id) && _nodes[id].Country == country);

    public IEnumerable<string> LinksCrossing(string country) =>
        _linkOrder.Where(id => !_removedLinks.Contains(id) && _links[id].Countries.Contains(country));

    public IEnumerable<string> LinksPassing(string chokepoint) =>
        _linkOrder.Where(id => !_removedLinks.Contains(id) && _links[id].Chokepoints.Contains(chokepoint));

    public void EditNode(string id, Func<Node, Node> edit)
    {
        if (_nodes.TryGetValue(id, out var node) && !_removedNodes.Contains(id))
            _nodes[id] = edit(node);
    }

    public void EditLink(string id, Func<Link, Link> edit)
    {
        if (_links.TryGetValue(id, out var link) && !_removedLinks.Contains(id))
            _links[id] = edit(link);
    }

    public void CloseNode(string id, DayWindow? window)
    {
        if (!_nodes.ContainsKey(id) || _removedNodes.Contains(id))
            return;
        if (window is null)
            _removedNodes.Add(id);
        else
            _closures.Add(new Closure(ClosureTarget.Node, id, window, Scenario));
    }

    public void CloseLink(string id, DayWindow? window)
    {
        if (!_links.ContainsKey(id) || _removedLinks.Contains(id))
            return;
        if (window is null)
            _removedLinks.Add(id);
        else
            _closures.Add(new Closure(ClosureTarget.Link, id, window, Scenario));
    }

    public void BanExport(string commodity, string country)
    {
        var demandAtHome = _base.Demand.Any(d => d.Commodity == commodity && _nodes.TryGetValue(d.Node, out var n) && n.Country == country);
        if (!demandAtHome)
            _supply = _supply.Where(s => !(s.Commodity == commodity && _nodes.TryGetValue(s.Node, out var n) && n.Country == country)).ToList();
        if (!_bans.Contains(new ExportBan(commodity, country)))
            _bans.Add(new ExportBan(commodity, country));
    }

    /// <summary>Adds a node (add_node); an id already present is left as it is.</summary>
    public void AddNode(Node node)
    {
        if (_nodes.TryAdd(node.Id, node))
            _nodeOrder.Add(node.Id);
    }

    /// <summary>Adds a link (add_link); an id already present is left as it is.</summary>
    public void AddLink(Link link)
    {
        // A link must name the countries it crosses (avoid-country constraints read them); one that
        // names none crosses at least the countries of its two ends.
        if (link.Countries.Count == 0)
        {
            var ends = new[] { link.From, link.To }.Where(_nodes.ContainsKey).Select(n => _nodes[n].Country).Distinct(StringComparer.Ordinal).ToArray();
            link = link with { Countries = ends };
        }
        if (_links.TryAdd(link.Id, link))
            _linkOrder.Add(link.Id);
    }

    /// <summary>Adds t/yr of supply at a node (add_supply), onto its first row for the commodity or a new row.</summary>
    public void AddSupply(string node, string commodity, double tonnesPerYear)
    {
        if (!_nodes.ContainsKey(node) || _removedNodes.Contains(node))
            return;
        var i = _supply.FindIndex(s => s.Node == node && s.Commodity == commodity);
        if (i >= 0)
            _supply[i] = _supply[i] with { TonnesPerYear = Math.Max(0, _supply[i].TonnesPerYear + tonnesPerYear) };
        else if (tonnesPerYear > 0)
            _supply.Add(new SupplyPoint(node, commodity, tonnesPerYear, $"added by {Scenario}"));
    }

    public AppliedScenario Build(IReadOnlyList<string> names)
    {
        var nodes = _nodeOrder.Where(id => !_removedNodes.Contains(id)).Select(id => _nodes[id]).ToArray();
        var kept = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var links = _linkOrder
            .Where(id => !_removedLinks.Contains(id))
            .Select(id => _links[id])
            .Where(l => kept.Contains(l.From) && kept.Contains(l.To))
            .ToArray();
        var keptLinks = links.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var dataset = _base.With(
            nodes: nodes,
            links: links,
            supply: _supply.Where(s => kept.Contains(s.Node)).ToArray(),
            demand: _base.Demand.Where(d => kept.Contains(d.Node)).ToArray(),
            chokepoints: _chokepoints.ToArray(),
            tradeRules: _rules.ToArray());
        return new AppliedScenario(
            dataset, names,
            _nodeOrder.Where(id => !kept.Contains(id)).ToArray(),
            _linkOrder.Where(id => !keptLinks.Contains(id)).ToArray(),
            _closures.Where(c => c.Target == ClosureTarget.Node ? kept.Contains(c.Id) : keptLinks.Contains(c.Id)).ToArray(),
            _bans.ToArray())
        { Before = _base };
    }
}
