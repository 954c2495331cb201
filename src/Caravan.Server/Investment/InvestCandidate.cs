using Caravan.Core.Investment;

namespace Caravan.Server.Investment;

/// <summary>A candidate project of the dataset (<c>GET /api/projects</c>), with its edits in words.</summary>
/// <param name="Id">Project id.</param>
/// <param name="Name">Name.</param>
/// <param name="Country">ISO 3166 alpha-2 code where it is built.</param>
/// <param name="CapexUsd">Capital expenditure, US$.</param>
/// <param name="BuildYears">Years from start to service.</param>
/// <param name="OpexUsdPerYear">Operating cost once in service, US$/yr.</param>
/// <param name="LifetimeYears">Economic life for the annuity, years; null = the default.</param>
/// <param name="Requires">Projects that must be built first.</param>
/// <param name="Excludes">Projects that cannot be built with it.</param>
/// <param name="Estimate">True when the figures are estimates.</param>
/// <param name="Source">Short citation.</param>
/// <param name="Edits">What it changes once built, one line per edit.</param>
public sealed record InvestCandidate(
    string Id, string Name, string Country, double CapexUsd, int BuildYears, double OpexUsdPerYear, int? LifetimeYears,
    IReadOnlyList<string> Requires, IReadOnlyList<string> Excludes, bool Estimate, string Source, IReadOnlyList<string> Edits)
{
    /// <summary>The API view of <paramref name="p"/>.</summary>
    public static InvestCandidate From(Project p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.Name, p.Country, p.CapexUsd, p.BuildYears, p.OpexUsdPerYear, p.LifetimeYears, p.Requires, p.Excludes, p.Estimate, p.Source,
            p.Edits.Select(e => e.Describe()).ToArray());
    }
}
