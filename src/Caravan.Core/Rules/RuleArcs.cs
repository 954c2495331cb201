using System.Collections.Concurrent;
using Caravan.Core.Data;

namespace Caravan.Core.Rules;

/// <summary>
/// Per commodity, the arcs of a dataset's network that trade rules bar for the commodity's flows
/// (flows and the simulator's lots know the commodity, not the importer of each tonne: see
/// <see cref="TradeRuleBook.ForFlows"/>). Arrays are built once per commodity; thread-safe.
/// </summary>
public sealed class RuleArcs
{
    private readonly Dataset _dataset;
    private readonly TradeRuleBook _book;
    private readonly ConcurrentDictionary<string, TradeRule?[]> _barred = new(StringComparer.Ordinal);

    /// <summary>The rules of <paramref name="dataset"/> in force on <paramref name="day"/> (today, UTC, when null).</summary>
    public RuleArcs(Dataset dataset, DateOnly? day = null)
    {
        _dataset = dataset;
        _book = new TradeRuleBook(dataset, day);
    }

    /// <summary>The rules read.</summary>
    public TradeRuleBook Book => _book;

    /// <summary>True when any rule in force bears on flows at all (so callers may skip the check).</summary>
    public bool Any => _book.InForce.Count > 0;

    /// <summary>The rule that bars arc <paramref name="arc"/> for <paramref name="commodity"/>, or null.</summary>
    public TradeRule? BarredBy(int arc, Commodity commodity) => _barred.GetOrAdd(commodity.Id, _ => Compile(commodity))[arc];

    /// <summary>True when a rule bars arc <paramref name="arc"/> for <paramref name="commodity"/>.</summary>
    public bool Bars(int arc, Commodity commodity) => BarredBy(arc, commodity) is not null;

    /// <summary>The countries demanding <paramref name="commodity"/> in the dataset.</summary>
    public IReadOnlyCollection<string> Importers(Commodity commodity) => Countries(_dataset.Demand.Where(d => d.Commodity == commodity.Id).Select(d => d.Node));

    /// <summary>The rules bearing on <paramref name="commodity"/>'s flows.</summary>
    public IReadOnlyList<TradeRule> ForFlows(Commodity commodity) => _book.ForFlows(commodity, Importers(commodity));

    private TradeRule?[] Compile(Commodity commodity)
    {
        var net = _dataset.Network;
        var result = new TradeRule?[net.ArcCount];
        var importers = Importers(commodity);
        var rules = _book.ForFlows(commodity, importers);
        if (rules.Count == 0)
            return result;
        var suppliers = Countries(_dataset.Supply.Where(s => s.Commodity == commodity.Id).Select(s => s.Node));
        for (var a = 0; a < net.ArcCount; a++)
        {
            result[a] = TradeRuleBook.Bars(rules, net.Nodes[net.ArcTail[a]], net.Nodes[net.ArcHead[a]], net.Links[net.ArcLink[a]],
                suppliers, importers);
        }
        return result;
    }

    private HashSet<string> Countries(IEnumerable<string> nodes) =>
        nodes.Select(_dataset.FindNode).OfType<Network.Node>().Select(n => n.Country).ToHashSet(StringComparer.Ordinal);
}
