namespace Caravan.Optimization.Investment;

/// <summary>What the first stage knows of one project: its money, build time and links to other projects (dense indices).</summary>
/// <param name="Id">The project id.</param>
/// <param name="CapexUsd">Capital expenditure, US$, counted against the budget.</param>
/// <param name="AnnualCostUsd">Annualised capex plus yearly opex, US$/yr, counted in the objective.</param>
/// <param name="BuildYears">Years from start to service, ≥ 1; capex is spent evenly over them.</param>
/// <param name="Requires">Indices of projects that must be built, and finished first, for this one to be built.</param>
/// <param name="Excludes">Indices of projects that cannot be built with this one.</param>
public sealed record ProjectTerms(
    string Id, double CapexUsd, double AnnualCostUsd, int BuildYears, IReadOnlyList<int> Requires, IReadOnlyList<int> Excludes);
