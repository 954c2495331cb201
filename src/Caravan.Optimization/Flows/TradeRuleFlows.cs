using System.Globalization;
using Caravan.Core.Data;
using Caravan.Core.Rules;

namespace Caravan.Optimization.Flows;

/// <summary>
/// What trade rules do to a flow problem: export quotas cap what supply in an exporting country may
/// ship (its rows scaled down together), and notes say which rules bound and where flows can only
/// approximate a rule.
/// </summary>
/// <remarks>
/// Flows carry a commodity without telling importers apart, so a quota caps the exporter's total at the
/// sum over importers of each one's allowance (its quota, or its whole demand where none applies): exact
/// when the commodity has one importer (Japan's gallium), a relaxation otherwise. For the same reason a
/// rule that names some importers binds the commodity's whole flow.
/// </remarks>
public static class TradeRuleFlows
{
    /// <summary>
    /// The supply rows of <paramref name="commodity"/> (already filtered by the caller), with quota caps
    /// applied, and a note per cap that binds.
    /// </summary>
    public static (IReadOnlyList<SupplyPoint> Rows, IReadOnlyList<string> Notes) Supply(
        Dataset dataset, RuleArcs rules, Commodity commodity, IReadOnlyList<SupplyPoint> rows)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(commodity);
        ArgumentNullException.ThrowIfNull(rows);
        var notes = new List<string>();
        var demand = dataset.Demand.Where(d => d.Commodity == commodity.Id)
            .GroupBy(d => dataset.FindNode(d.Node)!.Country, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(d => d.TonnesPerYear), StringComparer.Ordinal);
        var result = rows.ToList();
        foreach (var exporter in rows.Select(s => dataset.FindNode(s.Node)!.Country).Distinct(StringComparer.Ordinal).ToList())
        {
            var (cap, used) = rules.Book.Quota(commodity, exporter, demand);
            if (cap is not { } limit)
                continue;
            var mine = result.Select((s, i) => (s, i)).Where(x => dataset.FindNode(x.s.Node)!.Country == exporter).ToList();
            var total = mine.Sum(x => x.s.TonnesPerYear);
            if (total <= limit)
                continue;
            var factor = limit / total;
            foreach (var (s, i) in mine)
                result[i] = s with { TonnesPerYear = s.TonnesPerYear * factor };
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{commodity.Id} from {exporter} capped at {limit:N1} t/yr of {total:N1} t/yr by {string.Join(" and ", used.Select(r => r.Describe()))}"));
        }
        return (result, notes);
    }

    /// <summary>Notes on the arc rules bearing on <paramref name="commodity"/>'s flows, and those flows can only approximate.</summary>
    public static IReadOnlyList<string> ArcNotes(RuleArcs rules, Commodity commodity)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(commodity);
        var importers = rules.Importers(commodity);
        var bearing = rules.ForFlows(commodity).Where(r => r.Measure != TradeMeasure.Quota || r.Share == 0 || r.TonnesPerYear == 0).ToList();
        var notes = bearing.Select(r => $"{commodity.Id}: {r.Describe()}").ToList();
        foreach (var r in TradeRuleBook.PartlyApplied(bearing, importers))
            notes.Add($"{commodity.Id}: rule {r.Id} applies to {string.Join(", ", r.Importers)} only; flows do not tell importers apart and apply it to every importer");
        return notes;
    }

    /// <summary>
    /// The contracts in force on <paramref name="day"/> (today, UTC, when null) that <paramref name="applied"/>
    /// makes impossible, each with why: the supplier or buyer is gone, no route meets the scenario and the
    /// trade rules, or the supplier's supply (after quotas) is below the contracted tonnes.
    /// </summary>
    /// <remarks>Only contracts of <paramref name="planned"/> commodities whose supplier <paramref name="ships"/> are checked.</remarks>
    public static IReadOnlyList<string> ImpossibleContracts(Core.Scenarios.AppliedScenario applied, IReadOnlyList<SupplyPoint> supply, DateOnly? day,
        IReadOnlyCollection<string> planned, Func<string, bool> ships)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(ships);
        ArgumentNullException.ThrowIfNull(applied);
        ArgumentNullException.ThrowIfNull(supply);
        var dataset = applied.Dataset;
        var today = day ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var notes = new List<string>();
        Core.Routing.RoutePlanner? planner = null;
        foreach (var c in dataset.Contracts.Where(c => c.InForce(today) && planned.Contains(c.Commodity) && ships(c.Supplier)))
        {
            var commodity = dataset.FindCommodity(c.Commodity);
            if (commodity is null || dataset.FindNode(c.Supplier) is null || dataset.FindNode(c.Buyer) is null)
            {
                notes.Add($"contract {c.Id} ({c.TonnesPerYear:0.#} t/yr {c.Commodity} {c.Supplier} → {c.Buyer}) is impossible under {applied.Label}: its supplier or buyer is closed");
                continue;
            }
            var available = supply.Where(s => s.Node == c.Supplier && s.Commodity == c.Commodity).Sum(s => s.TonnesPerYear);
            if (available < c.TonnesPerYear)
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"contract {c.Id} ({c.TonnesPerYear:0.#} t/yr {c.Commodity}) is impossible under {applied.Label}: {c.Supplier} may ship only {available:0.#} t/yr"));
            var (request, noRoute, _) = Core.Routing.ScenarioRouting.Adjust(applied, new Core.Routing.RouteRequest(c.Supplier, c.Buyer, commodity), day);
            planner ??= new Core.Routing.RoutePlanner(new Core.Routing.CostModel(dataset));
            var reason = noRoute ?? planner.Best(request).NoRouteReason;
            if (reason is not null)
                notes.Add($"contract {c.Id} ({c.TonnesPerYear:0.#} t/yr {c.Commodity} {c.Supplier} → {c.Buyer}) is impossible under {applied.Label}: {reason}");
        }
        return notes;
    }
}
