using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Core.Rules;

/// <summary>
/// The trade rules of a dataset in force on one day, read for one purpose each: which countries a
/// shipment from an origin to an importer may not touch (routing, the simulator), which arcs a
/// commodity's flows may not use, and how much an exporter may ship under a quota.
/// </summary>
/// <remarks>
/// A rule bars a country for a shipment as follows. <c>no_transit</c>: the country, unless the
/// shipment starts or ends there. <c>no_export</c> (and a quota of nothing): the shipment may not start
/// there, nor pass through (passing means leaving it). <c>no_import</c>: it may not end there, nor pass
/// through (passing means entering it).
/// </remarks>
public sealed class TradeRuleBook
{
    private readonly TradeRule[] _rules;

    /// <summary>The rules of <paramref name="dataset"/> in force on <paramref name="day"/> (today, UTC, when null).</summary>
    public TradeRuleBook(Dataset dataset, DateOnly? day = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Day = day ?? DateOnly.FromDateTime(DateTime.UtcNow);
        _rules = dataset.TradeRules.Where(r => r.InForce(Day)).ToArray();
    }

    /// <summary>The day the rules are read for.</summary>
    public DateOnly Day { get; }

    /// <summary>The rules in force.</summary>
    public IReadOnlyList<TradeRule> InForce => _rules;

    /// <summary>
    /// What stops <paramref name="commodity"/> moving from <paramref name="origin"/> to <paramref name="importer"/>
    /// (countries): the rule that forbids the trade outright, if any, and the countries it may not pass.
    /// </summary>
    public (TradeRule? Blocked, IReadOnlyList<RuleBarrier> Barriers) For(Commodity commodity, string origin, string importer)
    {
        ArgumentNullException.ThrowIfNull(commodity);
        var barriers = new List<RuleBarrier>();
        foreach (var rule in _rules.Where(r => r.Covers(commodity) && r.AppliesTo(importer)))
        {
            var x = rule.Country;
            switch (Effective(rule))
            {
                case TradeMeasure.NoTransit when x != origin && x != importer:
                    barriers.Add(new RuleBarrier(x, rule));
                    break;
                case TradeMeasure.NoExport when x == origin && importer != origin:
                    return (rule, barriers);
                case TradeMeasure.NoExport when x != importer:
                    barriers.Add(new RuleBarrier(x, rule));
                    break;
                case TradeMeasure.NoImport when x == importer && origin != importer:
                    return (rule, barriers);
                case TradeMeasure.NoImport when x != origin:
                    barriers.Add(new RuleBarrier(x, rule));
                    break;
            }
        }
        return (null, barriers.DistinctBy(b => b.Country).ToArray());
    }

    /// <summary>
    /// The rules that bear on <paramref name="commodity"/>'s flows whose demand lies in
    /// <paramref name="importers"/>: every rule covering it that applies to at least one importer.
    /// Flows do not tell importers apart, so a rule for some importers binds the commodity's whole flow
    /// (<see cref="PartlyApplied"/> names those).
    /// </summary>
    public IReadOnlyList<TradeRule> ForFlows(Commodity commodity, IReadOnlyCollection<string> importers) =>
        _rules.Where(r => r.Covers(commodity) && importers.Any(i => i != r.Country && r.AppliesTo(i))).ToArray();

    /// <summary>Rules of <see cref="ForFlows"/> that apply to some importers of the commodity but not all.</summary>
    public static IReadOnlyList<TradeRule> PartlyApplied(IReadOnlyList<TradeRule> rules, IReadOnlyCollection<string> importers) =>
        rules.Where(r => importers.Any(i => i != r.Country && !r.AppliesTo(i))).ToArray();

    /// <summary>
    /// The rule (of <paramref name="rules"/>) that bars a flow of the commodity along an arc from
    /// <paramref name="tail"/> to <paramref name="head"/> over <paramref name="link"/>, or null.
    /// <paramref name="suppliedIn"/> and <paramref name="demandedIn"/> are the countries where the
    /// commodity is supplied and demanded: entering a no-transit country is allowed where it is demanded
    /// (the flow may be an import there), leaving one where it is supplied (an export).
    /// </summary>
    public static TradeRule? Bars(IReadOnlyList<TradeRule> rules, Node tail, Node head, Link link,
        IReadOnlyCollection<string> suppliedIn, IReadOnlyCollection<string> demandedIn)
    {
        foreach (var rule in rules)
        {
            var x = rule.Country;
            var enters = tail.Country != x && (head.Country == x || link.Countries.Contains(x));
            var leaves = tail.Country == x && (head.Country != x || link.Countries.Any(c => c != x));
            var barred = Effective(rule) switch
            {
                TradeMeasure.NoTransit => enters && !demandedIn.Contains(x),
                TradeMeasure.NoExport => leaves || (enters && !demandedIn.Contains(x)),
                TradeMeasure.NoImport => enters,
                _ => false,
            };
            if (barred)
                return rule;
        }
        return null;
    }

    /// <summary>
    /// The most <paramref name="commodity"/> that supply in <paramref name="exporter"/> may ship in a year
    /// under the quotas in force, given each importer's demand (t/yr): the sum, over importers, of the
    /// tightest quota that applies to it (share × demand, or tonnes), or its whole demand where none
    /// applies; null when no quota covers the exporter. The rule(s) used come back too.
    /// </summary>
    public (double? Cap, IReadOnlyList<TradeRule> Rules) Quota(Commodity commodity, string exporter, IReadOnlyDictionary<string, double> demandByImporter)
    {
        var quotas = _rules.Where(r => r.Measure == TradeMeasure.Quota && r.Country == exporter && r.Covers(commodity)).ToArray();
        if (quotas.Length == 0)
            return (null, []);
        double cap = 0;
        var used = new List<TradeRule>();
        foreach (var (importer, demand) in demandByImporter)
        {
            if (importer == exporter)
            {
                cap += demand;
                continue;
            }
            var limit = demand;
            foreach (var q in quotas.Where(q => q.AppliesTo(importer)))
            {
                var allowed = Math.Min(q.Share is { } s ? s * demand : double.PositiveInfinity, q.TonnesPerYear ?? double.PositiveInfinity);
                if (allowed < limit)
                    limit = allowed;
                if (!used.Contains(q))
                    used.Add(q);
            }
            cap += limit;
        }
        return (cap, used);
    }

    // A quota that lets nothing through is a ban on export.
    private static TradeMeasure Effective(TradeRule rule) =>
        rule.Measure == TradeMeasure.Quota && (rule.Share == 0 || rule.TonnesPerYear == 0) ? TradeMeasure.NoExport : rule.Measure;
}
