namespace Caravan.Core.Traffic;

/// <summary>The background freight crossing one corridor family's cut, both ways together.</summary>
/// <param name="Family">The family id.</param>
/// <param name="Name">What its cut is.</param>
/// <param name="TonnesPerYear">Cargo a year, tonnes (a TEU counts 10 t).</param>
/// <param name="TeuPerYear">Containers a year, TEU.</param>
public sealed record CorridorVolume(string Family, string Name, double TonnesPerYear, double TeuPerYear);
