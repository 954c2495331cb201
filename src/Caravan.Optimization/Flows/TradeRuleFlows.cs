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
}
