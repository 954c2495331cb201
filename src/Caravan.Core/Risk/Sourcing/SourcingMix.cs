namespace Caravan.Core.Risk;

/// <summary>
/// An importer's sourcing mix for a mineral at one stage: amounts by origin, in tonnes per year or (when the
/// source gives only shares) in shares of the baseline total. The origin equal to the importer is domestic supply.
/// </summary>
/// <param name="Importer">Importer's code.</param>
/// <param name="Mineral">Mineral id.</param>
/// <param name="Stage">Stage.</param>
/// <param name="ByShare">True when amounts are shares (of the baseline total) rather than tonnes.</param>
/// <param name="Basis"><c>supply</c> (domestic plus imports) or <c>imports</c>.</param>
/// <param name="Origins">Amount per origin.</param>
public sealed record SourcingMix(string Importer, string Mineral, SupplyStage Stage, bool ByShare, string Basis,
    IReadOnlyList<(string Origin, double Amount)> Origins)
{
    /// <summary>Shares and HHI of the mix; null when it is empty (no data).</summary>
    public Concentration? Concentration => Risk.Concentration.Of(Origins);

    /// <summary>Sum of the amounts.</summary>
    public double Total => Origins.Sum(o => o.Amount);

    /// <summary>
    /// Import reliance implied by the mix: 1 − the domestic share on a supply basis. A mix of imports only
    /// says nothing about domestic output, so IR is taken as 1 and <see cref="ImportRelianceAssumed"/> says so.
    /// </summary>
    public double ImportReliance => ImportRelianceAssumed ? 1.0 : 1.0 - (Concentration?.ShareOf(Importer) ?? 0);

    /// <summary>True when <see cref="ImportReliance"/> is an assumption (an imports-only mix).</summary>
    public bool ImportRelianceAssumed => ByShare || Basis == "imports";

    /// <summary>The mix for an importer, mineral and stage from the sourcing table, or null when there is none.</summary>
    public static SourcingMix? From(MineralsData minerals, string importer, string mineral, SupplyStage stage)
    {
        var rows = minerals.Sourcing.Where(s => s.Mineral == mineral && s.Stage == stage
            && string.Equals(s.Importer, importer, StringComparison.OrdinalIgnoreCase)).ToList();
        if (rows.Count == 0)
            return null;
        var byShare = rows[0].Share is not null;
        return new SourcingMix(rows[0].Importer, mineral, stage, byShare, rows[0].Basis,
            rows.Select(r => (r.Origin, byShare ? r.Share!.Value : r.TonnesPerYear!.Value)).ToArray());
    }

    /// <summary>The mix after <paramref name="change"/>; an error message instead when it does not apply.</summary>
    public (SourcingMix? Mix, string? Error) Apply(SourcingChange change)
    {
        var origins = Origins.ToList();
        var index = origins.FindIndex(o => string.Equals(o.Origin, change.Country, StringComparison.OrdinalIgnoreCase));
        var baseline = Total;
        switch (change.Kind)
        {
            case SourcingChangeKind.Remove or SourcingChangeKind.Ban:
                if (index < 0)
                    return (null, $"{change.Country} is not an origin of {Importer}'s {Mineral} ({string.Join(", ", Origins.Select(o => o.Origin))})");
                origins.RemoveAt(index);
                break;
            case SourcingChangeKind.Add:
                {
                    if (ByShare && !change.Percent)
                        return (null, $"{Importer}'s {Mineral} sourcing is known only as shares; give the addition as a share of today's total, e.g. {change.Country}:10%");
                    var amount = change.Percent ? change.Amount!.Value / 100.0 * baseline : change.Amount!.Value;
                    if (index < 0)
                        origins.Add((change.Country, amount));
                    else
                        origins[index] = (origins[index].Origin, origins[index].Amount + amount);
                    break;
                }
            case SourcingChangeKind.Set:
                {
                    if (ByShare && !change.Percent)
                        return (null, $"{Importer}'s {Mineral} sourcing is known only as shares; give a share, e.g. {change.Country}:20%");
                    double amount;
                    if (change.Percent)
                    {
                        var others = origins.Where((_, i) => i != index).Sum(o => o.Amount);
                        var share = change.Amount!.Value / 100.0;
                        if (share >= 1)
                            return (null, $"a share of 100% would leave no other origin; use --remove-source for the others instead");
                        amount = share * others / (1 - share);
                    }
                    else
                    {
                        amount = change.Amount!.Value;
                    }
                    if (index < 0)
                        origins.Add((change.Country, amount));
                    else
                        origins[index] = (origins[index].Origin, amount);
                    break;
                }
        }
        origins.RemoveAll(o => o.Amount <= 0);
        return (this with { Origins = origins }, null);
    }
}
