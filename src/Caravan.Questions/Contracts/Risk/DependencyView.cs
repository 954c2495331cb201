namespace Caravan.Questions.Contracts;

/// <summary>A country or chokepoint that supply depends on.</summary>
/// <param name="Id">Country code or chokepoint id.</param>
/// <param name="Kind">country or chokepoint.</param>
/// <param name="Share">Share of supply depending on it.</param>
public sealed record DependencyView(string Id, string Kind, double Share);
