using Caravan.Core.Network;
using Caravan.Core.Risk;

namespace Caravan.Questions.Contracts;

/// <summary>Corridor exposure of an importer's supply: what its routes depend on.</summary>
/// <param name="NoData">Why there is none.</param>
/// <param name="CoveredShare">Share of supply with a route assessed.</param>
/// <param name="WeightedCombined">Share-weighted combined score, 0–10.</param>
/// <param name="Dependencies">Countries and chokepoints every route of an origin depends on, with the share of supply.</param>
/// <param name="Origins">Per origin.</param>
public sealed record CorridorView(string? NoData, double CoveredShare, double? WeightedCombined, IReadOnlyList<DependencyView> Dependencies, IReadOnlyList<OriginView> Origins)
{
    /// <summary>The contract of <paramref name="c"/>; null for null.</summary>
    public static CorridorView? Of(CorridorReport? c) => c is null ? null : new(
        c.NoData, c.CoveredShare, c.WeightedCombined,
        [.. c.Dependencies.Select(d => new DependencyView(d.Id, d.IsChokepoint ? "chokepoint" : "country", d.Share))],
        [.. c.Origins.Select(o => new OriginView(o.Origin, o.Share, SnakeCase.Name(o.Status), o.CountryDependencies, o.ChokepointDependencies,
            o.Route?.Score, o.Route?.Method, o.GovernanceRisk, o.Combined, o.Drivers))]);
}
